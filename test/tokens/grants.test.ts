import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { AccountApiToken, Effect, IApiToken, R2Access, R2BucketRef, R2BucketToken, UserApiToken } from '../../src';
import { ACCOUNT_ID, onlyResource, synthJson } from '../support/synth';
import { applyAndReadOutputs } from '../support/terraform';

const ITEM_READ = '6a018a9f2fc74eb6b293b0c548f38b39';
const ITEM_WRITE = '2efd5506f9c8494dacb1fa10a3e7d5b6';
const ZONE_READ = 'c8fed203ed3043cba015a93ad1616f1f';
const DNS_WRITE = '4755a26eedb94da69e1066d98aa820be';
const ZONE_ID = '023e105f4ecef8ad9ca31a8372d0c353';
const OTHER_ACCOUNT = 'fedcba9876543210fedcba9876543210';
const bucketKey = (name: string, jurisdiction = 'default') => `com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_${jurisdiction}_${name}`;
const zoneRead = { effect: Effect.ALLOW, permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } };

/** A part of an app that needs read access to its own bucket from whatever token it is given. */
class ReportReader extends Construct {
  constructor(scope: Construct, id: string, token: IApiToken) {
    super(scope, id);
    token.grantR2Bucket(R2BucketRef.fromName('reports'), R2Access.READ);
  }
}

/** Another part that needs DNS on one zone. */
class DnsEditor extends Construct {
  constructor(scope: Construct, id: string, token: IApiToken) {
    super(scope, id);
    token.grantZone(ZONE_ID, ['DNS Write']);
  }
}

function deployToken(scope: Construct, id = 'deploy'): AccountApiToken {
  return new AccountApiToken(scope, id, { accountId: ACCOUNT_ID, name: 'deploy', policies: [zoneRead] });
}

describe('composable grants', () => {
  test('constructs that take an IApiToken add their grants to the one token', () => {
    const json = synthJson((stack) => {
      const deploy = deployToken(stack);
      new ReportReader(stack, 'reports', deploy);
      new DnsEditor(stack, 'dns', deploy);
    });
    expect(onlyResource(json, 'cloudflare_account_token').policies).toEqual([
      { effect: 'allow', permission_groups: [{ id: ZONE_READ }], resources: `{"com.cloudflare.api.account.${ACCOUNT_ID}":{"com.cloudflare.api.account.zone.*":"*"}}` },
      { effect: 'allow', permission_groups: [{ id: DNS_WRITE }], resources: `{"com.cloudflare.api.account.${ACCOUNT_ID}":{"com.cloudflare.api.account.zone.${ZONE_ID}":"*"}}` },
      { effect: 'allow', permission_groups: [{ id: ITEM_READ }], resources: `{"${bucketKey('reports')}":"*"}` },
    ]);
  });

  test('identical grants merge; grants of the same groups share one policy; the same resources share one policy', () => {
    const json = synthJson((stack) => {
      const deploy = deployToken(stack);
      deploy.grantR2Bucket(R2BucketRef.fromName('reports'), R2Access.READ);
      deploy.grantR2Bucket(R2BucketRef.fromName('reports'), R2Access.READ);
      deploy.grantR2Bucket(R2BucketRef.fromName('logs', 'eu'), R2Access.READ);
      deploy.grantR2Bucket(R2BucketRef.fromName('uploads'), R2Access.WRITE);
      deploy.grantR2Bucket(R2BucketRef.fromName('uploads'), R2Access.READ);
    });
    expect(onlyResource(json, 'cloudflare_account_token').policies.slice(1)).toEqual([
      { effect: 'allow', permission_groups: [{ id: ITEM_READ }], resources: `{"${bucketKey('reports')}":"*","${bucketKey('logs', 'eu')}":"*"}` },
      { effect: 'allow', permission_groups: [{ id: ITEM_WRITE }, { id: ITEM_READ }], resources: `{"${bucketKey('uploads')}":"*"}` },
    ]);
  });

  test('the output does not depend on the order or number of grants, even with tokens in the keys', () => {
    type Grant = (token: AccountApiToken, buckets: R2Bucket[]) => void;
    const grants: Grant[] = [
      (t, [a]) => t.grantR2Bucket(R2BucketRef.fromBucket(a), R2Access.READ),
      (t, [, b]) => t.grantR2Bucket(R2BucketRef.fromBucket(b), R2Access.READ_WRITE),
      (t) => t.grantZone(ZONE_ID, ['DNS Write', 'Zone Read']),
      (t) => t.grantAccount(['Workers Scripts Write']),
      (t) => t.addPolicy({ effect: Effect.DENY, permissionGroups: ['Workers R2 Storage Bucket Item Write'], resources: { [bucketKey('archive')]: '*' } }),
    ];
    const synthWith = (order: Grant[]) =>
      synthJson((stack) => {
        const buckets = ['a', 'b'].map((name) => new R2Bucket(stack, name, { accountId: ACCOUNT_ID, name: `bucket-${name}` }));
        const deploy = deployToken(stack);
        for (const grant of order) grant(deploy, buckets);
      }).resource.cloudflare_account_token;
    const expected = synthWith(grants);
    expect(synthWith([...grants].reverse())).toEqual(expected);
    expect(synthWith([...grants, ...grants.slice(1), grants[0]])).toEqual(expected);
    expect((Object.values(expected) as any[])[0].policies).toHaveLength(6);
  });

  test('R2BucketToken can be granted more buckets', () => {
    const json = synthJson((stack) => {
      const preset = new R2BucketToken(stack, 'uploads', { accountId: ACCOUNT_ID, bucketName: 'uploads', access: R2Access.READ, createOutputs: false });
      preset.grantR2Bucket(R2BucketRef.fromName('thumbnails'), R2Access.READ);
    });
    expect(onlyResource(json, 'cloudflare_account_token').policies).toEqual([
      { effect: 'allow', permission_groups: [{ id: ITEM_READ }], resources: `{"${bucketKey('thumbnails')}":"*","${bucketKey('uploads')}":"*"}` },
    ]);
  });

  test("grantAccount: an account token's own account; a user token names one", () => {
    const json = synthJson((stack) => {
      deployToken(stack).grantAccount(['Workers Scripts Write']);
      const user = new UserApiToken(stack, 'user', { name: 'user', policies: [zoneRead] });
      user.grantAccount(['Workers Scripts Write'], OTHER_ACCOUNT);
      user.grantR2Bucket(R2BucketRef.fromName('reports', 'eu', OTHER_ACCOUNT), R2Access.READ);
    });
    const accountPolicies = onlyResource(json, 'cloudflare_account_token').policies.map((p: any) => p.resources);
    expect(accountPolicies).toContain(`{"com.cloudflare.api.account.${ACCOUNT_ID}":"*"}`);
    const userPolicies = onlyResource(json, 'cloudflare_api_token').policies.map((p: any) => p.resources);
    expect(userPolicies).toEqual([
      `{"com.cloudflare.api.account.${OTHER_ACCOUNT}":"*"}`,
      '{"com.cloudflare.api.account.zone.*":"*"}',
      `{"com.cloudflare.edge.r2.bucket.${OTHER_ACCOUNT}_eu_reports":"*"}`,
    ]);
  });

  test('a policy added after construction is checked at synth; the error names the token and the policy', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const deploy = deployToken(stack);
    expect(() => deploy.addPolicy({ effect: Effect.ALLOW, permissionGroups: ['Zone Reed'], resources: { 'com.cloudflare.api.account.zone.*': '*' } })).not.toThrow();
    expect(() => Testing.synth(stack)).toThrow(/AccountApiToken "test\/deploy" policy #2: unknown permission group "Zone Reed"\. Closest names: "Zone Read"/);
  });

  test('app.synth reports the same error', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    deployToken(stack).addPolicy({ effect: 'permit', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } });
    expect(() => app.synth()).toThrow(/AccountApiToken "test\/deploy" policy #2: effect "permit" is not valid/);
  });

  test('grant arguments are checked at once, naming the token and the grant', () => {
    const stack = new TerraformStack(new App(), 'test');
    const deploy = deployToken(stack);
    const user = new UserApiToken(stack, 'user', { name: 'user', policies: [zoneRead] });
    expect(() => deploy.grantR2Bucket(R2BucketRef.fromName('reports'), 'admin')).toThrow(
      /^AccountApiToken "test\/deploy" grantR2Bucket: access "admin" is not valid; use "read", "write" or "read-write"/,
    );
    expect(() => deploy.grantZone('example.com', ['DNS Write'])).toThrow(/^AccountApiToken "test\/deploy" grantZone: Invalid zone id "example\.com"/);
    expect(() => deploy.grantAccount(['Zone Read'], OTHER_ACCOUNT)).toThrow(/grantAccount: account "fedcba9876543210fedcba9876543210" is not the token's account/);
    expect(() => deploy.grantR2Bucket(R2BucketRef.fromName('reports', 'default', OTHER_ACCOUNT), R2Access.READ)).toThrow(/grantR2Bucket: account .* is not the token's account/);
    expect(() => user.grantAccount(['Zone Read'])).toThrow(/^UserApiToken "test\/user" grantAccount: a user-owned token has no account of its own; name the account/);
    expect(() => user.grantR2Bucket(R2BucketRef.fromName('reports'), R2Access.READ)).toThrow(/R2BucketRef\.fromName\("reports", "default", "<ACCOUNT_ID>"\)/);
  });

  test('a policy added after synthesis is refused rather than silently lost', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const deploy = deployToken(stack);
    deploy.grantAccount(['Workers Scripts Write']);
    Testing.synth(stack);
    expect(() => deploy.grantAccount(['Zone Read'])).toThrow(/a policy was added after the token was synthesized/);
  });

  test('names missing from the catalog in an added policy resolve at plan time when asked to', () => {
    const json = synthJson((stack) => {
      new AccountApiToken(stack, 't', { accountId: ACCOUNT_ID, name: 't', resolvePermissionGroupsAtPlanTime: true, policies: [zoneRead] }).grantAccount([
        'Brand New Feature Write',
      ]);
    });
    const [logicalId] = Object.keys(json.data.cloudflare_account_api_token_permission_groups_list);
    expect(onlyResource(json, 'cloudflare_account_token').policies).toContainEqual({
      effect: 'allow',
      permission_groups: [{ id: `\${data.cloudflare_account_api_token_permission_groups_list.${logicalId}.result[0].id}` }],
      resources: `{"com.cloudflare.api.account.${ACCOUNT_ID}":"*"}`,
    });
  });

  test('Terraform evaluates merged resources whose keys hold tokens to the JSON Cloudflare expects', () => {
    const json = synthJson((stack) => {
      const name = new TerraformVariable(stack, 'bucket', { type: 'string', default: 'photos' });
      const deploy = deployToken(stack);
      deploy.grantR2Bucket(R2BucketRef.fromName(name.stringValue), R2Access.READ);
      deploy.grantR2Bucket(R2BucketRef.fromName(name.stringValue), R2Access.READ);
      deploy.grantR2Bucket(R2BucketRef.fromName('reports'), R2Access.READ);
    });
    const policies = onlyResource(json, 'cloudflare_account_token').policies;
    // The variable's bucket may be "reports" at plan time: one map holding both keys would then lose one,
    // so the two grants stay two policies (the same variable twice is one).
    expect(policies).toHaveLength(3);
    const bucketPolicies = policies.filter((policy: any) => policy.permission_groups[0].id === ITEM_READ);
    expect(bucketPolicies.map((policy: any) => policy.permission_groups)).toEqual([[{ id: ITEM_READ }], [{ id: ITEM_READ }]]);
    const output = Object.fromEntries(bucketPolicies.map((policy: any, index: number) => [`bucket_policy_${index}`, { value: policy.resources }]));
    const outputs = applyAndReadOutputs({ variable: json.variable, output });
    expect(Object.values(outputs).sort()).toEqual([`{"${bucketKey('photos')}":"*"}`, `{"${bucketKey('reports')}":"*"}`]);
  });
});

test('a bucket of another stack can be granted: the key reads it through remote state', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'cdktf-cf-tokens-grants-'));
  try {
    const app = new App({ outdir });
    const storage = new TerraformStack(app, 'storage');
    new CloudflareProvider(storage, 'cloudflare', {});
    const bucket = new R2Bucket(storage, 'assets', { accountId: ACCOUNT_ID, name: 'assets' });
    const tokens = new TerraformStack(app, 'tokens');
    new CloudflareProvider(tokens, 'cloudflare', {});
    const deploy = deployToken(tokens);
    deploy.grantR2Bucket(R2BucketRef.fromBucket(bucket), R2Access.READ);
    deploy.grantR2Bucket(R2BucketRef.fromBucket(bucket), R2Access.READ);
    app.synth();
    const json = JSON.parse(readFileSync(join(outdir, 'stacks', 'tokens', 'cdk.tf.json'), 'utf8'));
    const policies = onlyResource(json, 'cloudflare_account_token').policies;
    expect(policies).toHaveLength(2);
    expect(policies[1].resources).toMatch(/^\$\{jsonencode\(zipmap\(\[join\("", \["com\.cloudflare\.edge\.r2\.bucket\.", data\.terraform_remote_state\./);
    expect(json.data.terraform_remote_state).toBeDefined();
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
});

describe('a token made only of grants', () => {
  test('starts with no policies and gets them from the constructs that need them', () => {
    const json = synthJson((stack) => {
      const token = new AccountApiToken(stack, 'deploy', { accountId: ACCOUNT_ID, name: 'deploy', policies: [] });
      new ReportReader(stack, 'reports', token);
      new DnsEditor(stack, 'dns', token);
    });
    expect(onlyResource(json, 'cloudflare_account_token').policies).toEqual([
      { effect: 'allow', permission_groups: [{ id: DNS_WRITE }], resources: `{"com.cloudflare.api.account.${ACCOUNT_ID}":{"com.cloudflare.api.account.zone.${ZONE_ID}":"*"}}` },
      { effect: 'allow', permission_groups: [{ id: ITEM_READ }], resources: `{"${bucketKey('reports')}":"*"}` },
    ]);
  });

  test('with nothing granted by synth, `cdktf synth` fails naming the token and the ways to give it a policy', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'grants-empty-')) });
    const stack = new TerraformStack(app, 'stack');
    new UserApiToken(stack, 'nothing', { name: 'nothing', policies: [] });
    try {
      expect(() => app.synth()).toThrow(
        /UserApiToken "stack\/nothing": the token has no policies\. Give at least one in policies, e\.g\. \[\{ effect: "allow".*\], or grant some before synth \(addPolicy, grantR2Bucket, grantZone, grantAccount\)\./,
      );
    } finally {
      rmSync(app.outdir, { recursive: true, force: true });
    }
  });
});
