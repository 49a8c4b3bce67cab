// A token whose value can go missing (adopted, or edited out of the state) and a consumer of its S3
// credentials. E2E_ADOPT_TOKEN_ID adopts an existing token; E2E_ROTATION_VERSION rotates it.
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { cloudflareProvider } from '../../../examples/provider';
import { AccountApiToken, Resources } from '../../../src';

const app = new App();
const producer = new TerraformStack(app, 'guard-producer');
cloudflareProvider(producer);
const bucket = new R2Bucket(producer, 'bucket', { accountId: process.env.CLOUDFLARE_ACCOUNT_ID!, name: 'guarded' });
const token = new AccountApiToken(producer, 'held', {
  name: 'held by cdktf',
  policies: [
    {
      effect: 'allow',
      permissionGroups: ['Workers R2 Storage Bucket Item Read', 'Workers R2 Storage Bucket Item Write'],
      resources: { [Resources.r2BucketOf(bucket)]: '*' },
    },
  ],
  rotation: { version: process.env.E2E_ROTATION_VERSION ?? '1' },
  adoptTokenId: process.env.E2E_ADOPT_TOKEN_ID || undefined,
});
new TerraformOutput(producer, 'token_id', { value: token.tokenId });

const consumer = new TerraformStack(app, 'guard-consumer');
new TerraformOutput(consumer, 'key_id', { value: token.accessKeyId, sensitive: true });
new TerraformOutput(consumer, 'secret', { value: token.secretAccessKey, sensitive: true });
app.synth();
