import { AccountToken } from '@cdktf/provider-cloudflare/lib/account-token';
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { TerraformResource, TerraformStack, Testing } from 'cdktf';
import { AccountApiToken, R2Access, R2BucketRef, R2BucketToken, Resources } from '../../../src';
import { ACCOUNT_ID, expressionOf } from '../../support/synth';

const POLICIES = [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }];
const stackOf = () => new TerraformStack(Testing.app(), 'test');

/** A cloudflare_r2_bucket of "other bindings" (as a user's `cdktf get` makes them): only cdktf's base class. */
function ownBindingsBucket(stack: TerraformStack, id: string): TerraformResource {
  const bucket = new TerraformResource(stack, id, {
    terraformResourceType: 'cloudflare_r2_bucket',
    terraformGeneratorMetadata: { providerName: 'cloudflare' },
  });
  bucket.addOverride('account_id', ACCOUNT_ID);
  bucket.addOverride('name', id);
  return bucket;
}

describe('a cloudflare_r2_bucket resource of any bindings', () => {
  test('the prebuilt R2Bucket and a bare resource of the same type give the same references', () => {
    const stack = stackOf();
    const prebuilt = R2BucketRef.fromBucket(new R2Bucket(stack, 'a', { accountId: ACCOUNT_ID, name: 'a' }));
    const own = R2BucketRef.fromBucket(ownBindingsBucket(stack, 'b'));
    expect([prebuilt.bucketName, prebuilt.jurisdiction, prebuilt.accountId].map((v) => expressionOf(stack, v!))).toEqual([
      '${cloudflare_r2_bucket.a.name}',
      '${cloudflare_r2_bucket.a.jurisdiction}',
      '${cloudflare_r2_bucket.a.account_id}',
    ]);
    expect([own.bucketName, own.jurisdiction, own.accountId].map((v) => expressionOf(stack, v!))).toEqual([
      '${cloudflare_r2_bucket.b.name}',
      '${cloudflare_r2_bucket.b.jurisdiction}',
      '${cloudflare_r2_bucket.b.account_id}',
    ]);
  });

  test('R2BucketToken and Resources.r2BucketOf take it too', () => {
    const stack = stackOf();
    const bucket = ownBindingsBucket(stack, 'uploads');
    const token = new R2BucketToken(stack, 'reader', { bucket, access: R2Access.READ });
    expect(expressionOf(stack, token.accountId)).toBe('${cloudflare_r2_bucket.uploads.account_id}');
    expect(expressionOf(stack, Resources.r2BucketOf(bucket))).toBe(
      'com.cloudflare.edge.r2.bucket.${cloudflare_r2_bucket.uploads.account_id}_${cloudflare_r2_bucket.uploads.jurisdiction}_${cloudflare_r2_bucket.uploads.name}',
    );
  });

  test('another resource type is refused with its type, its path and the fix', () => {
    const stack = stackOf();
    const notABucket = new AccountToken(stack, 'token', { accountId: ACCOUNT_ID, name: 't', policies: [] });
    expect(() => R2BucketRef.fromBucket(notABucket)).toThrow(
      'R2BucketRef.fromBucket: expected a cloudflare_r2_bucket resource (the R2Bucket of @cdktf/provider-cloudflare or of your own `cdktf get` bindings), got a cloudflare_account_token resource (test/token). Pass the bucket\'s resource, or name the bucket with R2BucketRef.fromName("<bucket>").',
    );
    expect(() => Resources.r2BucketOf(notABucket)).toThrow(/^Resources\.r2BucketOf: expected a cloudflare_r2_bucket resource .* got a cloudflare_account_token resource \(test\/token\)/);
  });

  test.each([
    ['a string', 'assets', 'string "assets"'],
    ['undefined', undefined, 'undefined (not given, or an unset environment variable)'],
    ['a plain object', { name: 'assets' }, 'an object that is no Terraform resource'],
  ])('%s is refused', (_, value, described) => {
    expect(() => R2BucketRef.fromBucket(value as any)).toThrow(`got ${described}.`);
  });

  test('R2BucketToken names the token when its bucket is no bucket', () => {
    const stack = stackOf();
    const notABucket = new AccountApiToken(stack, 'other', { accountId: ACCOUNT_ID, name: 'other', policies: POLICIES });
    expect(() => new R2BucketToken(stack, 'reader', { bucket: notABucket as any, access: R2Access.READ })).toThrow(
      /^R2BucketToken "test\/reader": bucket: expected a cloudflare_r2_bucket resource .* got an object that is no Terraform resource \(test\/other\)/,
    );
  });
});
