// A producer stack with two tokens and a consumer stack that uses only one token's S3 credentials: the
// consumer's state must hold the hash it uses and never a raw token value.
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { cloudflareProvider } from '../../../examples/provider';
import { AccountApiToken, Effect, R2Access, R2BucketToken, Resources } from '../../../src';

const app = new App();
const producer = new TerraformStack(app, 'secrets-producer');
cloudflareProvider(producer);
const bucket = new R2Bucket(producer, 'shared-bucket', { accountId: process.env.CLOUDFLARE_ACCOUNT_ID!, name: 'shared-bucket' });
const shared = new R2BucketToken(producer, 'shared', { bucket, access: R2Access.READ_WRITE });
new AccountApiToken(producer, 'other', {
  name: 'other token of the producer',
  policies: [{ effect: Effect.ALLOW, permissionGroups: ['Workers R2 Storage Read'], resources: { [Resources.OWN_ACCOUNT]: '*' } }],
});

const consumer = new TerraformStack(app, 'secrets-consumer');
new TerraformOutput(consumer, 'app_access_key_id', { value: shared.accessKeyId, sensitive: true });
new TerraformOutput(consumer, 'app_secret_access_key', { value: shared.secretAccessKey, sensitive: true });
app.synth();
