/**
 * The examples app (examples/main.ts) through the real `cdktf deploy`: the R2 example ending in a
 * pre-signed URL, no drift for any stack, the cross-stack consumer, and destroy.
 *
 * The local API runs as of mid-2026, inside the validity window of the restricted token (2026-01-01 to
 * 2035-12-31), whatever day the suite runs: an expired token is dropped from state by the provider on every
 * refresh, and one not yet valid is refused.
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { presignGet, R2StackOutputs, s3ClientFor } from '../../../examples/presign';
import { CloudflareProviderVersion } from '../../../src';
import { e2eTools } from '../../support/e2e-tools';
import { expectSuccess } from '../support/cdktf-project';
import { credentialsOf, E2E_ACCOUNT_ID, E2eEnvironment, startEnvironment } from '../support/environment';
import { BUCKET_STACK, EXAMPLE_STACKS, EXAMPLE_TOKEN_NAMES, STACKS_BEFORE_BUCKET, STACKS_WITH_CLOUDFLARE } from '../support/example-app';
import { tokenValuesIn } from '../support/token-state';

const IN_RESTRICTED_WINDOW = new Date('2026-06-15T12:00:00Z');

describe('examples, deployed with cdktf against the local Cloudflare API', () => {
  let env: E2eEnvironment;
  let outputs: Record<string, Record<string, any>>;
  let deployOutput: string;

  beforeAll(async () => {
    env = await startEnvironment('examples/main.ts', { asOf: IN_RESTRICTED_WINDOW });
    const deploy = await env.project.deploy(['*']);
    expectSuccess(deploy.run, "cdktf deploy '*'");
    outputs = deploy.outputs;
    deployOutput = deploy.run.output;
  });
  afterAll(async () => env?.close());

  test('every stack with Cloudflare resources ran the provider version it pins, the tested one', async () => {
    for (const stack of STACKS_WITH_CLOUDFLARE) {
      const run = await env.project.terraform(stack, ['version', '-json']);
      expectSuccess(run, `terraform version in ${stack}`);
      const rotated = stack === 'rotated-r2-reader' ? { 'registry.terraform.io/hashicorp/time': e2eTools().timeProviderVersion } : {};
      expect({ stack, providers: JSON.parse(run.stdout).provider_selections }).toEqual({
        stack,
        providers: { 'registry.terraform.io/cloudflare/cloudflare': CloudflareProviderVersion.TESTED, ...rotated },
      });
    }
  });

  test('every example created its token, and the R2 example its bucket', () => {
    // The rotated reader keeps two tokens, current and previous.
    expect(env.fake.state.summary()).toMatchObject({ accountTokens: 7, userTokens: 0, buckets: 3 });
    const names = env.fake.state.accountTokens(E2E_ACCOUNT_ID).map((t) => t.name).sort();
    expect(names).toEqual(EXAMPLE_TOKEN_NAMES);
  });

  test('R2 example: upload with the new keys, then a plain GET of a pre-signed URL returns the bytes', async () => {
    const r2 = outputs['r2-presigned-urls'] as R2StackOutputs;
    expect(r2['r2-access-token'].secret_access_key).toMatch(/^[0-9a-f]{64}$/);
    const body = `hello from cdktf ${Date.now()}`;
    await env.s3(credentialsOf(r2, 'r2-access-token')).send(new PutObjectCommand({ Bucket: r2.bucket_name, Key: 'path/to/file.pdf', Body: body }));

    // The example's client, pointed at the local endpoint, signing with the local API's clock.
    const client = s3ClientFor(r2, { endpoint: env.fake.s3Endpoint(E2E_ACCOUNT_ID), forcePathStyle: true });
    const url = await presignGet(client, r2.bucket_name, 'path/to/file.pdf', 3600, env.now());
    expect(url).toContain('X-Amz-Signature=');
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body);
  });

  test("the stored policies are the examples'", () => {
    const byName = new Map(env.fake.state.accountTokens(E2E_ACCOUNT_ID).map((t) => [t.name, t]));
    const groupsOf = (name: string) => byName.get(name)!.policies.map((p) => p.permission_groups.map((g) => g.name).sort());
    const resourcesOf = (name: string) => byName.get(name)!.policies.map((p) => p.resources);

    expect(groupsOf('R2 Access Token')).toEqual([['Workers R2 Storage Read', 'Workers R2 Storage Write']]);
    expect(resourcesOf('R2 Access Token')).toEqual([{ [`com.cloudflare.edge.r2.bucket.${E2E_ACCOUNT_ID}_default_my-bucket`]: '*' }]);
    expect(groupsOf('Readonly Zone Token')).toEqual([['Analytics Read', 'Zone Read']]);
    expect(resourcesOf('Readonly Zone Token')).toEqual([{ [`com.cloudflare.api.account.${E2E_ACCOUNT_ID}`]: { 'com.cloudflare.api.account.zone.*': '*' } }]);
    expect(resourcesOf('Account R2 Token')).toEqual([{ [`com.cloudflare.api.account.${E2E_ACCOUNT_ID}`]: '*' }]);
    expect(byName.get('Restricted Access Token')).toMatchObject({
      not_before: '2026-01-01T00:00:00Z',
      expires_on: '2035-12-31T23:59:59Z',
      condition: { request_ip: { in: ['192.168.1.0/24'], not_in: ['192.168.1.100/32'] } },
    });
    expect(groupsOf('Restricted Access Token')).toEqual([['Workers Routes Write']]);
  });

  test('no drift: terraform plan -detailed-exitcode exits 0 for every stack right after apply', async () => {
    for (const stack of EXAMPLE_STACKS) {
      const plan = await env.project.terraform(stack, ['plan', '-detailed-exitcode', '-input=false', '-no-color', '-lock=false']);
      expect({ stack, code: plan.code, output: plan.code === 0 ? '' : plan.output.slice(-3000) }).toEqual({ stack, code: 0, output: '' });
    }
  });

  test("cross-stack: the consumer's credentials work, and its plan and apply output never show them", async () => {
    const consumer = outputs['r2-consumer'];
    const producer = credentialsOf(outputs['r2-presigned-urls'], 'r2-access-token');
    expect(consumer.app_access_key_id).toBe(producer.accessKeyId);
    expect(consumer.app_secret_access_key).toBe(producer.secretAccessKey);

    const client = env.s3({ accessKeyId: consumer.app_access_key_id, secretAccessKey: consumer.app_secret_access_key });
    const object = await client.send(new GetObjectCommand({ Bucket: outputs['r2-presigned-urls'].bucket_name, Key: 'path/to/file.pdf' }));
    expect(await object.Body!.transformToString()).toMatch(/^hello from cdktf/);

    const plan = await env.project.terraform('r2-consumer', ['plan', '-input=false', '-no-color', '-lock=false']);
    expect(plan.code).toBe(0);
    const [tokenValue] = await tokenValuesIn(env, 'r2-presigned-urls');
    for (const text of [deployOutput, plan.output]) {
      expect(text).not.toContain(consumer.app_secret_access_key);
      expect(text).not.toContain(tokenValue);
    }
  });

  test('destroy leaves no token and no bucket behind', async () => {
    for (const stack of STACKS_BEFORE_BUCKET) {
      expectSuccess(await env.project.destroy([stack]), `cdktf destroy ${stack}`);
    }
    // Cloudflare refuses to delete a bucket that holds objects: empty it first.
    env.fake.state.getBucket(E2E_ACCOUNT_ID, 'default', 'my-bucket')?.objects.clear();
    expectSuccess(await env.project.destroy([BUCKET_STACK], ['--ignore-missing-stack-dependencies']), 'cdktf destroy r2-presigned-urls');
    expect(env.fake.state.summary()).toMatchObject({ accountTokens: 0, userTokens: 0, buckets: 0 });
  });
});
