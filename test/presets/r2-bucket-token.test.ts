import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AccountApiToken, R2Access, R2BucketToken, R2Endpoint } from '../../src';
import { useEnv } from '../support/env';
import { ACCOUNT_ID, onlyResource, synthError, synthJson, thrownMessage } from '../support/synth';
import { guardedSecretPattern } from '../support/value-guard-text';

const ITEM_READ = '6a018a9f2fc74eb6b293b0c548f38b39';
const ITEM_WRITE = '2efd5506f9c8494dacb1fa10a3e7d5b6';

describe('R2BucketToken', () => {
  test.each([
    [R2Access.READ, [ITEM_READ]],
    [R2Access.WRITE, [ITEM_WRITE]],
    [R2Access.READ_WRITE, [ITEM_WRITE, ITEM_READ].sort()],
  ])('%s access grants only the bucket item groups on that one bucket', (access, groups) => {
    let preset!: R2BucketToken;
    const json = synthJson((stack) => {
      preset = new R2BucketToken(stack, 'uploads', { accountId: ACCOUNT_ID, bucketName: 'uploads', jurisdiction: 'eu', access });
    });
    expect(onlyResource(json, 'cloudflare_account_token')).toEqual({
      account_id: ACCOUNT_ID,
      name: `R2 ${access} uploads`,
      policies: [
        {
          effect: 'allow',
          permission_groups: groups.map((id) => ({ id })),
          resources: `{"com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_eu_uploads":"*"}`,
        },
      ],
    });
    expect(preset.endpoint).toBe(`https://${ACCOUNT_ID}.eu.r2.cloudflarestorage.com`);
    expect(json.output).toEqual({
      uploads_access_key_id: expect.objectContaining({ sensitive: true }),
      uploads_secret_access_key: expect.objectContaining({ sensitive: true, value: expect.stringMatching(guardedSecretPattern(/local\.uploads_SecretAccessKey_[0-9A-F]+/)) }),
      uploads_endpoint: expect.objectContaining({ value: `https://${ACCOUNT_ID}.eu.r2.cloudflarestorage.com` }),
    });
    expect(json.output.uploads_endpoint.sensitive).toBeUndefined();
  });

  test('takes account, jurisdiction and name from an R2Bucket resource', () => {
    const json = synthJson((stack) => {
      const bucket = new R2Bucket(stack, 'reports', { accountId: ACCOUNT_ID, name: 'reports', jurisdiction: 'fedramp' });
      new R2BucketToken(stack, 'reader', { bucket, access: R2Access.READ, createOutputs: false });
    });
    const token = onlyResource(json, 'cloudflare_account_token');
    expect(token.account_id).toBe('${cloudflare_r2_bucket.reports.account_id}');
    expect(token.policies[0].resources).toBe(
      '${jsonencode(zipmap([join("", ["com.cloudflare.edge.r2.bucket.", cloudflare_r2_bucket.reports.account_id, "_", cloudflare_r2_bucket.reports.jurisdiction, "_", cloudflare_r2_bucket.reports.name])], ["*"]))}',
    );
    expect(json.output).toBeUndefined();
  });
});

test('is an AccountApiToken: times, condition and status pass through, and errors name the preset', () => {
  const json = synthJson((stack) => {
    const preset = new R2BucketToken(stack, 'nightly', {
      accountId: ACCOUNT_ID,
      bucketName: 'backups',
      access: R2Access.WRITE,
      notBefore: '2030-01-01T00:00:00Z',
      expiresOn: '2031-01-01T00:00:00Z',
      condition: { requestIp: { in: ['203.0.113.0/24'] } },
      status: 'disabled',
    });
    expect(preset).toBeInstanceOf(AccountApiToken);
    expect(preset.bucketName).toBe('backups');
  });
  expect(onlyResource(json, 'cloudflare_account_token')).toMatchObject({
    not_before: '2030-01-01T00:00:00Z',
    expires_on: '2031-01-01T00:00:00Z',
    condition: { request_ip: { in: ['203.0.113.0/24'] } },
    status: 'disabled',
  });
  expect(
    synthError((scope) => new R2BucketToken(scope, 'nightly', { accountId: ACCOUNT_ID, bucketName: 'backups', access: R2Access.READ, expiresOn: 'soon' })),
  ).toMatch(/^R2BucketToken "test\/nightly": expiresOn "soon" is not an RFC 3339 time/);
});

describe('R2Endpoint', () => {
  test.each([
    [undefined, `https://${ACCOUNT_ID}.r2.cloudflarestorage.com`],
    ['default', `https://${ACCOUNT_ID}.r2.cloudflarestorage.com`],
    ['eu', `https://${ACCOUNT_ID}.eu.r2.cloudflarestorage.com`],
    ['fedramp', `https://${ACCOUNT_ID}.fedramp.r2.cloudflarestorage.com`],
  ])('jurisdiction %s', (jurisdiction, url) => {
    expect(R2Endpoint.s3(ACCOUNT_ID, jurisdiction)).toBe(url);
  });
  test('rejects an unknown jurisdiction', () => {
    expect(() => R2Endpoint.s3(ACCOUNT_ID, 'mars')).toThrow('Invalid R2 jurisdiction "mars"');
  });
});

describe('a jurisdiction or accountId beside bucket must be the bucket\'s for certain', () => {
  const OTHER_ACCOUNT = 'fedcba9876543210fedcba9876543210';
  const dropJurisdiction = 'Drop jurisdiction when giving bucket: the token takes it from the bucket.';
  const dropAccountId = 'Drop accountId when giving bucket: the token takes it from the bucket.';

  test('literals that contradict the bucket are refused, naming both', () => {
    expect(
      synthError((scope) => {
        const bucket = new R2Bucket(scope, 'reports', { accountId: ACCOUNT_ID, name: 'reports', jurisdiction: 'fedramp' });
        new R2BucketToken(scope, 'reader', { bucket, jurisdiction: 'eu', access: R2Access.READ });
      }),
    ).toBe(`R2BucketToken "test/reader": jurisdiction "eu" contradicts the bucket's jurisdiction "fedramp". ${dropJurisdiction}`);
    expect(
      synthError((scope) => {
        const bucket = new R2Bucket(scope, 'reports', { accountId: ACCOUNT_ID, name: 'reports' });
        new R2BucketToken(scope, 'reader', { bucket, accountId: OTHER_ACCOUNT, access: R2Access.READ });
      }),
    ).toBe(`R2BucketToken "test/reader": accountId "${OTHER_ACCOUNT}" contradicts the bucket's accountId "${ACCOUNT_ID}". ${dropAccountId}`);
  });

  test('a value that may differ is refused too: a bucket without a jurisdiction, a variable beside a literal', () => {
    expect(
      synthError((scope) => {
        const bucket = new R2Bucket(scope, 'reports', { accountId: ACCOUNT_ID, name: 'reports' });
        new R2BucketToken(scope, 'reader', { bucket, jurisdiction: 'default', access: R2Access.READ });
      }),
    ).toBe(`R2BucketToken "test/reader": jurisdiction "default" may differ from the bucket's jurisdiction, which is not set on the bucket (the provider picks it). ${dropJurisdiction}`);
    expect(
      synthError((scope) => {
        const bucket = new R2Bucket(scope, 'reports', { accountId: new TerraformVariable(scope, 'account', {}).stringValue, name: 'reports' });
        new R2BucketToken(scope, 'reader', { bucket, accountId: ACCOUNT_ID, access: R2Access.READ });
      }),
    ).toBe(`R2BucketToken "test/reader": accountId "${ACCOUNT_ID}" may differ from the bucket's accountId, which is (a value known only at plan time). ${dropAccountId}`);
    expect(
      synthError((scope) => {
        const bucket = new R2Bucket(scope, 'reports', { accountId: ACCOUNT_ID, name: 'reports' });
        new R2BucketToken(scope, 'reader', { bucket, accountId: new TerraformVariable(scope, 'account', {}).stringValue, access: R2Access.READ });
      }),
    ).toBe(`R2BucketToken "test/reader": accountId (a value known only at plan time) may differ from the bucket's accountId, which is "${ACCOUNT_ID}". ${dropAccountId}`);
  });

  test('the same attribute of a bucket in another stack with the same construct id is another value', () => {
    const app = Testing.app();
    const alpha = new R2Bucket(new TerraformStack(app, 'a'), 'bucket', { accountId: ACCOUNT_ID, name: 'alpha', jurisdiction: 'eu' });
    const beta = new R2Bucket(new TerraformStack(app, 'b'), 'bucket', { accountId: ACCOUNT_ID, name: 'beta', jurisdiction: 'eu' });
    const tokens = new TerraformStack(app, 'tokens');
    expect(thrownMessage(() => new R2BucketToken(tokens, 'reader', { bucket: alpha, jurisdiction: beta.jurisdiction, access: R2Access.READ }))).toBe(
      `R2BucketToken "tokens/reader": jurisdiction (a value known only at plan time) may differ from the bucket's jurisdiction, which is "eu". ${dropJurisdiction}`,
    );
  });

  test('equal literals, the very same token and the bucket\'s own attribute pass, and the key is the bucket\'s', () => {
    const json = synthJson((stack) => {
      const account = new TerraformVariable(stack, 'account', {}).stringValue;
      const euBucket = new R2Bucket(stack, 'eu-bucket', { accountId: account, name: 'reports', jurisdiction: 'eu' });
      new R2BucketToken(stack, 'same-literal', { bucket: euBucket, jurisdiction: 'eu', accountId: account, access: R2Access.READ, createOutputs: false });
      new R2BucketToken(stack, 'own-attribute', { bucket: euBucket, jurisdiction: euBucket.jurisdiction, accountId: euBucket.accountId, access: R2Access.READ, createOutputs: false });
    });
    const tokens = json.resource.cloudflare_account_token;
    const [sameLiteral, ownAttribute] = ['same-literal_', 'own-attribute_'].map((id) => Object.entries(tokens).find(([key]) => key.startsWith(id))![1] as any);
    expect(sameLiteral.account_id).toBe('${var.account}');
    expect(sameLiteral.policies[0].resources).toContain('"com.cloudflare.edge.r2.bucket.", var.account, "_eu_", cloudflare_r2_bucket.eu-bucket.name');
    expect(ownAttribute.account_id).toBe('${cloudflare_r2_bucket.eu-bucket.account_id}');
    expect(ownAttribute.policies[0].resources).toContain('cloudflare_r2_bucket.eu-bucket.account_id, "_", cloudflare_r2_bucket.eu-bucket.jurisdiction, "_", cloudflare_r2_bucket.eu-bucket.name');
  });
});

describe('missing values are refused with the property and the fix', () => {
  test.each([
    [{ bucketName: undefined }, 'give exactly one of bucket (an R2Bucket resource) and bucketName.'],
    [{ bucketName: null }, 'give exactly one of bucket (an R2Bucket resource) and bucketName.'],
    [{ bucketName: process.env.SURELY_UNSET_BUCKET_VARIABLE }, 'give exactly one of bucket (an R2Bucket resource) and bucketName.'],
    [{ access: undefined }, 'access is undefined (not given, or an unset environment variable); use "read", "write" or "read-write" (R2Access.READ, R2Access.WRITE, R2Access.READ_WRITE).'],
    [{ access: null }, 'access is null; use "read", "write" or "read-write" (R2Access.READ, R2Access.WRITE, R2Access.READ_WRITE).'],
  ])('%p', (override, message) => {
    const props = { accountId: ACCOUNT_ID, bucketName: 'reports', access: R2Access.READ, ...override } as any;
    expect(synthError((scope) => new R2BucketToken(scope, 'reader', props))).toBe(`R2BucketToken "test/reader": ${message}`);
  });

  useEnv({ CLOUDFLARE_ACCOUNT_ID: ACCOUNT_ID });
  test('a null jurisdiction or accountId is "not given", as None is in Python', () => {
    const json = synthJson((stack) => new R2BucketToken(stack, 'reader', { accountId: null, bucketName: 'reports', jurisdiction: null, access: R2Access.READ } as any));
    expect(onlyResource(json, 'cloudflare_account_token').policies[0].resources).toBe(`{"com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_default_reports":"*"}`);
  });
});
