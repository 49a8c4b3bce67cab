// Two stacks each hold an R2 bucket with the construct id "bucket"; a token in a third stack reads one and
// writes the other, and has a policy on a zone and a bucket at once (an account token nests the zone under
// its account, so the library splits the policy into one per form).
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, TerraformStack } from 'cdktf';
import { cloudflareProvider } from '../../../examples/provider';
import { AccountApiToken, Effect, PermissionGroups, R2Access, R2BucketRef, Resources } from '../../../src';

const accountId = process.env.CLOUDFLARE_ACCOUNT_ID!;
const app = new App();
const buckets = ['alpha', 'beta'].map((name) => {
  const stack = new TerraformStack(app, `identity-${name}`);
  cloudflareProvider(stack);
  return new R2Bucket(stack, 'bucket', { accountId, name });
});
const tokens = new TerraformStack(app, 'identity-tokens');
cloudflareProvider(tokens);
new R2Bucket(tokens, 'gamma', { accountId, name: 'gamma' });
const deploy = new AccountApiToken(tokens, 'deploy', {
  name: 'deploy',
  policies: [
    {
      effect: Effect.ALLOW,
      permissionGroups: [PermissionGroups.ZONE_READ, PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_READ],
      resources: { [Resources.zone('023e105f4ecef8ad9ca31a8372d0c353')]: '*', [Resources.r2Bucket(accountId, 'gamma')]: '*' },
    },
  ],
});
deploy.grantR2Bucket(R2BucketRef.fromBucket(buckets[0]), R2Access.READ);
deploy.grantR2Bucket(R2BucketRef.fromBucket(buckets[1]), R2Access.WRITE);
app.synth();
