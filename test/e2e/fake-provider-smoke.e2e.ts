/**
 * Proves the REAL Cloudflare Terraform provider works against the fake API (hand-written Terraform JSON,
 * no cdktf): create, no drift, in-place update, destroy, and a refused unknown permission group.
 * Needs the tools of scripts/e2e-tools.sh (terraform + provider in a local mirror).
 */
import { randomBytes } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { FakeCloudflare, R2_GROUPS, r2Credentials, startFakeCloudflare } from './support/fake-cloudflare';
import { describeRun, TerraformWorkdir } from './support/terraform-cli';
import { e2eTools } from '../support/e2e-tools';

const API_TOKEN = `smoke-${randomBytes(32).toString('hex')}`.slice(0, 40);
const ACCOUNT = `5a0c${randomBytes(14).toString('hex')}`;
const BUCKET = 'smoke-bucket';
const BOGUS_GROUP = 'deadbeefdeadbeefdeadbeefdeadbeef';

const tools = e2eTools();

function providerBlock(fake: FakeCloudflare) {
  return {
    terraform: {
      required_providers: {
        cloudflare: {
          source: 'cloudflare/cloudflare',
          version: tools.providerVersion,
        },
      },
    },
    provider: { cloudflare: { api_token: API_TOKEN, base_url: fake.baseUrl } },
  };
}

/** The account token's policy; `extraGroup` adds a second permission group (the in-place update). */
function smokeConfig(fake: FakeCloudflare, opts: { tokenName: string; extraGroup: boolean }) {
  const bucketKey = `com.cloudflare.edge.r2.bucket.${ACCOUNT}_default_\${cloudflare_r2_bucket.b.name}`;
  const groups = [{ id: '${data.cloudflare_account_api_token_permission_groups_list.item_read.result[0].id}' }];
  if (opts.extraGroup) groups.push({ id: '${data.cloudflare_account_api_token_permission_groups_list.item_write.result[0].id}' });
  return {
    ...providerBlock(fake),
    data: {
      cloudflare_account_api_token_permission_groups_list: {
        item_read: { account_id: ACCOUNT, name: 'Workers R2 Storage Bucket Item Read' },
        item_write: { account_id: ACCOUNT, name: 'Workers R2 Storage Bucket Item Write', scope: 'com.cloudflare.edge.r2.bucket' },
      },
      cloudflare_api_token_permission_groups_list: {
        storage_read: { name: 'Workers R2 Storage Read' },
      },
    },
    resource: {
      cloudflare_r2_bucket: { b: { account_id: ACCOUNT, name: BUCKET } },
      cloudflare_account_token: {
        t: {
          account_id: ACCOUNT,
          name: opts.tokenName,
          policies: [{ effect: 'allow', permission_groups: groups, resources: `\${jsonencode({("${bucketKey}") = "*"})}` }],
        },
      },
      cloudflare_api_token: {
        u: {
          name: 'smoke-user-token',
          policies: [{
            effect: 'allow',
            permission_groups: [{ id: '${data.cloudflare_api_token_permission_groups_list.storage_read.result[0].id}' }],
            resources: `\${jsonencode({"com.cloudflare.api.account.${ACCOUNT}" = {"com.cloudflare.edge.r2.bucket.*" = "*"}})}`,
          }],
          condition: { request_ip: { in: ['127.0.0.0/8'] } },
        },
      },
    },
    output: {
      account_token_id: { value: '${cloudflare_account_token.t.id}' },
      account_token_value: { value: '${cloudflare_account_token.t.value}', sensitive: true },
      user_token_id: { value: '${cloudflare_api_token.u.id}' },
      item_read_id: { value: '${data.cloudflare_account_api_token_permission_groups_list.item_read.result[0].id}' },
    },
  };
}

describe('real Cloudflare provider against the fake API', () => {
  let fake: FakeCloudflare;
  const workdirs: TerraformWorkdir[] = [];

  beforeAll(async () => {
    fake = await startFakeCloudflare({ apiToken: API_TOKEN, accountIds: [ACCOUNT] });
  });

  afterAll(async () => {
    for (const w of workdirs) {
      // Best effort: anything still in state goes (bounded), then the directory.
      if ((await w.stateList(60_000)).length > 0) await w.destroy(120_000);
      w.remove();
    }
    await fake?.close();
  });

  function workdir(): TerraformWorkdir {
    const w = new TerraformWorkdir(tools);
    workdirs.push(w);
    return w;
  }

  test('apply, no drift, in-place update, S3 with the issued token, destroy', async () => {
    const w = workdir();
    const timings: Record<string, number> = {};
    w.writeJsonConfig(smokeConfig(fake, { tokenName: 'smoke-account-token', extraGroup: false }));

    const init = await w.init();
    timings.init = init.ms;
    expect(init.code).toBe(0);
    const apply = await w.apply();
    timings.apply = apply.ms;
    if (apply.code !== 0) throw new Error(describeRun(apply));

    const out = await w.outputs();
    expect(out.item_read_id.value).toBe(R2_GROUPS.bucketItemRead);
    const tokenId = out.account_token_id.value as string;
    const tokens = fake.state.accountTokens(ACCOUNT);
    expect(tokens.map((t) => t.id)).toEqual([tokenId]);
    expect(tokens[0]).toMatchObject({ name: 'smoke-account-token', status: 'active' });
    expect(tokens[0].policies[0].resources).toEqual({ [`com.cloudflare.edge.r2.bucket.${ACCOUNT}_default_${BUCKET}`]: '*' });
    expect(fake.state.userTokens()).toHaveLength(1);
    expect(fake.state.userTokens()[0].condition).toEqual({ request_ip: { in: ['127.0.0.0/8'] } });
    expect(fake.state.getBucket(ACCOUNT, 'default', BUCKET)).toBeDefined();

    // The token the provider created works as R2 credentials: read allowed, write refused (read-only group).
    fake.state.putObject(ACCOUNT, 'default', BUCKET, 'hello.txt', 'from the fake');
    const creds = r2Credentials({ id: tokenId, value: out.account_token_value.value as string });
    const s3 = new S3Client({ endpoint: fake.s3Endpoint(ACCOUNT), forcePathStyle: true, region: 'auto', credentials: creds, maxAttempts: 1 });
    const got = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'hello.txt' }));
    expect(await got.Body!.transformToString()).toBe('from the fake');
    await expect(s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'x', Body: 'x' }))).rejects.toMatchObject({ name: 'AccessDenied' });

    const plan = await w.plan();
    timings.planNoDrift = plan.ms;
    if (plan.code !== 0) throw new Error(`expected no drift after apply\n${describeRun(plan)}`);

    // Rename + add a permission group: an in-place update (same id), then still no drift.
    w.writeJsonConfig(smokeConfig(fake, { tokenName: 'smoke-account-token-renamed', extraGroup: true }));
    const update = await w.apply();
    timings.update = update.ms;
    if (update.code !== 0) throw new Error(describeRun(update));
    expect(update.stdout).toMatch(/1 changed, 0 destroyed/);
    expect((await w.outputs()).account_token_id.value).toBe(tokenId);
    const updated = fake.state.accountTokens(ACCOUNT);
    expect(updated.map((t) => t.id)).toEqual([tokenId]);
    expect(updated[0].name).toBe('smoke-account-token-renamed');
    expect(updated[0].policies[0].permission_groups.map((g) => g.id).sort()).toEqual([R2_GROUPS.bucketItemRead, R2_GROUPS.bucketItemWrite].sort());
    // The value kept in state still works, now with write access.
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'written.txt', Body: 'w' }));
    const plan2 = await w.plan();
    if (plan2.code !== 0) throw new Error(`expected no drift after update\n${describeRun(plan2)}`);

    fake.state.getBucket(ACCOUNT, 'default', BUCKET)!.objects.clear();
    const destroy = await w.destroy();
    timings.destroy = destroy.ms;
    if (destroy.code !== 0) throw new Error(describeRun(destroy));
    expect(fake.state.summary()).toEqual({ accountTokens: 0, userTokens: 0, buckets: 0, objects: 0 });
    expect(await w.stateList()).toEqual([]);

    // Provider requests, for the record (no secrets in the log).
    const apiCalls = fake.requests.filter((r) => r.service === 'api').map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`);
    process.stderr.write(`fake-provider-smoke timings (ms): ${JSON.stringify(timings)}\nAPI calls:\n  ${[...new Set(apiCalls)].join('\n  ')}\n`);
  });

  test('an unknown permission group id fails the apply, naming the id, and leaves no token', async () => {
    const w = workdir();
    w.writeJsonConfig({
      ...providerBlock(fake),
      resource: {
        cloudflare_account_token: {
          bad: {
            account_id: ACCOUNT,
            name: 'smoke-bad-token',
            policies: [{ effect: 'allow', permission_groups: [{ id: BOGUS_GROUP }], resources: `\${jsonencode({"com.cloudflare.api.account.${ACCOUNT}" = "*"})}` }],
          },
        },
      },
    });
    expect((await w.init()).code).toBe(0);
    const before = fake.state.accountTokens(ACCOUNT).length;
    const apply = await w.apply();
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain(BOGUS_GROUP);
    expect(apply.stderr).toMatch(/400 Bad Request/);
    expect(fake.state.accountTokens(ACCOUNT)).toHaveLength(before);
    expect(await w.stateList()).toEqual([]);
  });
});
