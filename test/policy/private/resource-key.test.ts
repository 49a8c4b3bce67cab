import { accountKey, r2BucketKey, userKey, validateResourceKey, zoneKey } from '../../../src/policy/private/resource-key';
import { ACCOUNT_ID, thrownMessage } from '../../support/synth';

const ZONE_ID = '023e105f4ecef8ad9ca31a8372d0c353';

describe('resource keys', () => {
  test('the builders write the keys Cloudflare documents', () => {
    expect(accountKey(ACCOUNT_ID, undefined)).toBe(`com.cloudflare.api.account.${ACCOUNT_ID}`);
    expect(zoneKey(ZONE_ID, undefined)).toBe(`com.cloudflare.api.account.zone.${ZONE_ID}`);
    expect(userKey(ZONE_ID, undefined)).toBe(`com.cloudflare.api.user.${ZONE_ID}`);
    expect(r2BucketKey(ACCOUNT_ID, 'uploads', undefined, undefined)).toBe(`com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_default_uploads`);
  });

  test('a builder names its subject in errors; without one the message starts with the value', () => {
    expect(thrownMessage(() => zoneKey('nope', 'T "t" grantZone'))).toMatch(/^T "t" grantZone: Invalid zone id "nope"/);
    expect(thrownMessage(() => r2BucketKey(ACCOUNT_ID, 'uploads', 'us', undefined))).toMatch(/^Invalid R2 jurisdiction "us"/);
  });

  test('validateResourceKey refuses what is not a Cloudflare key', () => {
    expect(() => validateResourceKey('com.cloudflare.api.account.zone.*', 'T', 'resources')).not.toThrow();
    expect(thrownMessage(() => validateResourceKey('zone.*', 'T', 'resources'))).toMatch(/^T: resources has the key "zone\.\*", which is not a Cloudflare resource key/);
  });
});
