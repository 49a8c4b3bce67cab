import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { R2Access, R2BucketToken, R2Endpoint } from '../../src';
import { ACCOUNT_ID, onlyResource, synthJson } from '../support/synth';

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
      uploads_secret_access_key: expect.objectContaining({ sensitive: true, value: expect.stringMatching(/^\$\{sensitive\(sha256\(cloudflare_account_token\..*\.value\)\)\}$/) }),
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
