import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { TerraformVariable } from 'cdktf';
import { Resources } from '../../src';
import { ACCOUNT_ID, expressionOf, synthJson } from '../support/synth';

describe('Resources', () => {
  test('builds every documented key', () => {
    expect(Resources.account(ACCOUNT_ID)).toBe(`com.cloudflare.api.account.${ACCOUNT_ID}`);
    expect(Resources.allAccounts()).toBe('com.cloudflare.api.account.*');
    expect(Resources.zone('fedcba9876543210fedcba9876543210')).toBe('com.cloudflare.api.account.zone.fedcba9876543210fedcba9876543210');
    expect(Resources.allZones()).toBe('com.cloudflare.api.account.zone.*');
    expect(Resources.zonesOfAccount(ACCOUNT_ID)).toEqual({
      [`com.cloudflare.api.account.${ACCOUNT_ID}`]: { 'com.cloudflare.api.account.zone.*': '*' },
    });
    expect(Resources.user('aaaabbbbccccddddeeeeffff00001111')).toBe('com.cloudflare.api.user.aaaabbbbccccddddeeeeffff00001111');
    expect(Resources.r2Bucket(ACCOUNT_ID, 'my-bucket')).toBe(`com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_default_my-bucket`);
    expect(Resources.r2Bucket(ACCOUNT_ID, 'my-bucket', 'eu')).toBe(`com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_eu_my-bucket`);
    expect(Resources.allR2BucketsOfAccount(ACCOUNT_ID)).toEqual({
      [`com.cloudflare.api.account.${ACCOUNT_ID}`]: { 'com.cloudflare.edge.r2.bucket.*': '*' },
    });
    expect(Resources.OWN_ACCOUNT).toBe('com.cloudflare.api.account');
  });

  test.each([
    [() => Resources.account('ABC'), 'Invalid account id "ABC"'],
    [() => Resources.zone('zone-1'), 'Invalid zone id "zone-1"'],
    [() => Resources.user('me'), 'Invalid user tag "me"'],
    [() => Resources.r2Bucket(ACCOUNT_ID, 'My_Bucket'), 'Invalid R2 bucket name "My_Bucket"'],
    [() => Resources.r2Bucket(ACCOUNT_ID, 'ok-bucket', 'mars'), 'Invalid R2 jurisdiction "mars": use one of "default", "eu", "fedramp"'],
  ])('rejects bad literals (%#)', (build, message) => {
    expect(build).toThrow(message);
  });

  test('accepts tokens, and builds the bucket key from an R2Bucket resource', () => {
    synthJson((stack) => {
      const account = new TerraformVariable(stack, 'account', { type: 'string' });
      expect(expressionOf(stack, Resources.account(account.stringValue))).toBe('com.cloudflare.api.account.${var.account}');
      const bucket = new R2Bucket(stack, 'b', { accountId: ACCOUNT_ID, name: 'b-1' });
      expect(expressionOf(stack, Resources.r2BucketOf(bucket))).toBe(
        'com.cloudflare.edge.r2.bucket.${cloudflare_r2_bucket.b.account_id}_${cloudflare_r2_bucket.b.jurisdiction}_${cloudflare_r2_bucket.b.name}',
      );
    });
  });
});
