import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { AccountApiToken, R2Access, R2BucketToken, R2Endpoint } from '../../src';
import { ACCOUNT_ID, onlyResource, synthError, synthJson } from '../support/synth';
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
