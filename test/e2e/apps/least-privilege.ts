// Tokens that each should be refused something: read-only, bucket-scoped, denied, expired, disabled and
// IP-restricted. Every token's credentials are outputs named after it.
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, TerraformStack } from 'cdktf';
import { AccountApiToken, CloudflareTokensProvider, Effect, R2Access, R2BucketToken, Resources, TokenStatus } from '../../../src';

const app = new App();
const stack = new TerraformStack(app, 'least-privilege');
// The library's own provider block, with the buckets of the prebuilt package: one mixed stack, one provider.
new CloudflareTokensProvider(stack, 'cloudflare');
const accountId = process.env.CLOUDFLARE_ACCOUNT_ID!;
const bucketA = new R2Bucket(stack, 'bucket-a', { accountId, name: 'bucket-a' });
const bucketB = new R2Bucket(stack, 'bucket-b', { accountId, name: 'bucket-b' });

new R2BucketToken(stack, 'reader-a', { bucket: bucketA, access: R2Access.READ });
new R2BucketToken(stack, 'writer-a', { bucket: bucketA, access: R2Access.READ_WRITE });
new AccountApiToken(stack, 'all-but-b', {
  name: 'all buckets, writes to B denied',
  policies: [
    { effect: 'allow', permissionGroups: ['Workers R2 Storage Read', 'Workers R2 Storage Write'], resources: { [Resources.OWN_ACCOUNT]: '*' } },
    { effect: Effect.DENY, permissionGroups: ['Workers R2 Storage Bucket Item Write'], resources: { [Resources.r2BucketOf(bucketB)]: '*' } },
  ],
});
new R2BucketToken(stack, 'expired', { bucket: bucketA, access: R2Access.READ, expiresOn: '2020-01-01T00:00:00Z' });
new R2BucketToken(stack, 'disabled', { bucket: bucketA, access: R2Access.READ, status: TokenStatus.DISABLED });
new R2BucketToken(stack, 'not-from-localhost', {
  bucket: bucketA,
  access: R2Access.READ,
  condition: { requestIp: { in: ['0.0.0.0/0'], notIn: ['127.0.0.1/32'] } },
});
app.synth();
