import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { DefaultTokenResolver, StringConcat, TerraformStack, Testing, Tokenization } from 'cdktf';
import { R2BucketRef } from '../../src';
import { ACCOUNT_ID } from '../support/synth';

describe('R2BucketRef', () => {
  test('fromName: jurisdiction "default" unless given; the account is left to the token unless given', () => {
    expect(R2BucketRef.fromName('reports')).toMatchObject({ bucketName: 'reports', jurisdiction: 'default', accountId: undefined });
    expect(R2BucketRef.fromName('reports', 'eu', ACCOUNT_ID)).toMatchObject({ bucketName: 'reports', jurisdiction: 'eu', accountId: ACCOUNT_ID });
  });

  test('fromName checks literal names, jurisdictions and accounts at once', () => {
    expect(() => R2BucketRef.fromName('My_Bucket')).toThrow(/Invalid R2 bucket name "My_Bucket"/);
    expect(() => R2BucketRef.fromName('reports', 'mars')).toThrow(/Invalid R2 jurisdiction "mars"/);
    expect(() => R2BucketRef.fromName('reports', 'eu', 'abc')).toThrow(/Invalid account id "abc"/);
  });

  test('fromBucket reads name, jurisdiction and account from the resource', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const bucket = new R2Bucket(stack, 'assets', { accountId: ACCOUNT_ID, name: 'assets' });
    const ref = R2BucketRef.fromBucket(bucket);
    const resolver = new DefaultTokenResolver(new StringConcat());
    expect(Tokenization.resolve([ref.bucketName, ref.jurisdiction, ref.accountId], { scope: stack, resolver })).toEqual([
      '${cloudflare_r2_bucket.assets.name}',
      '${cloudflare_r2_bucket.assets.jurisdiction}',
      '${cloudflare_r2_bucket.assets.account_id}',
    ]);
  });
});
