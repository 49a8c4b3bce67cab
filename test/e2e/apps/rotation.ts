// Four rotated R2 tokens on one bucket: on a short schedule (3 minutes) with and without an overlap, by
// version alone, and by version with an overlap (ROTATION_VERSION, default 1, so a test can raise it and
// deploy again). ROTATION_CHANGES (JSON, e.g. {"ticking":{"every":"3m","overlap":"1m"}}) replaces the
// rotation of scheduled, ticking or handover, so a test can change it on the deployed tokens. A second
// stack uses the scheduled token's current credentials across stacks.
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { cloudflareProvider } from '../../../examples/provider';
import { R2Access, R2BucketToken, TokenRotation } from '../../../src';

const version = process.env.ROTATION_VERSION ?? '1';
const changes: Record<string, TokenRotation> = JSON.parse(process.env.ROTATION_CHANGES || '{}');

const app = new App();
const producer = new TerraformStack(app, 'rotation-producer');
cloudflareProvider(producer);
const bucket = new R2Bucket(producer, 'bucket', { accountId: process.env.CLOUDFLARE_ACCOUNT_ID!, name: 'rotations' });
const scheduled = new R2BucketToken(producer, 'scheduled', {
  bucket,
  name: 'rotation scheduled',
  access: R2Access.READ_WRITE,
  rotation: changes.scheduled ?? { every: '3m', overlap: '1m' },
});
new R2BucketToken(producer, 'ticking', { bucket, name: 'rotation ticking', access: R2Access.READ_WRITE, rotation: changes.ticking ?? { every: '3m' } });
new R2BucketToken(producer, 'bumped', { bucket, name: 'rotation bumped', access: R2Access.READ_WRITE, rotation: { version } });
new R2BucketToken(producer, 'handover', {
  bucket,
  name: 'rotation handover',
  access: R2Access.READ_WRITE,
  rotation: changes.handover ?? { version, overlap: '1m' },
});

const consumer = new TerraformStack(app, 'rotation-consumer');
new TerraformOutput(consumer, 'app_access_key_id', { value: scheduled.accessKeyId, sensitive: true });
new TerraformOutput(consumer, 'app_secret_access_key', { value: scheduled.secretAccessKey, sensitive: true });
app.synth();
