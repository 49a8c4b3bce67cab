// One R2 token whose name and extra permission group come from the environment, so a test can deploy it,
// change them, and deploy again.
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { cloudflareProvider } from '../../../examples/provider';
import { AccountApiToken, Resources } from '../../../src';

const app = new App();
const stack = new TerraformStack(app, 'update-in-place');
cloudflareProvider(stack);
const bucket = new R2Bucket(stack, 'bucket', { accountId: process.env.CLOUDFLARE_ACCOUNT_ID!, name: 'updates' });
const groups = ['Workers R2 Storage Bucket Item Read', ...(process.env.E2E_EXTRA_GROUP ? [process.env.E2E_EXTRA_GROUP] : [])];
const token = new AccountApiToken(stack, 'token', {
  name: process.env.E2E_TOKEN_NAME ?? 'before',
  policies: [{ effect: 'allow', permissionGroups: groups, resources: { [Resources.r2BucketOf(bucket)]: '*' } }],
});
new TerraformOutput(stack, 'bucket_name', { value: bucket.name });
new TerraformOutput(stack, 'token_id', { value: token.tokenId });
app.synth();
