// The token app the release proof synthesizes with the packages installed from the local registries, and with
// the clone they were built from; both outputs must be the same (app.py is the same app in Python).
import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, LocalBackend, TerraformStack } from 'cdktf';
// Resolved in the proof's projects (installed from Verdaccio, or linked to the clone), not in this repository.
// eslint-disable-next-line import/no-unresolved
import { AccountApiToken, CloudflareProviderVersion, R2Access, R2BucketToken } from 'cdktf-cloudflare-api-tokens';

// The account id of Cloudflare's API docs, as the examples use without CLOUDFLARE_ACCOUNT_ID.
const ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';
const app = new App();
const stack = new TerraformStack(app, 'tokens');
// A relative state path: the default is absolute, so it would differ between the folders the app runs in.
new LocalBackend(stack, { path: 'terraform.tfstate' });
new CloudflareProvider(stack, 'cloudflare', {});
CloudflareProviderVersion.pin(stack);

new AccountApiToken(stack, 'readonly-token', {
  accountId: ACCOUNT_ID,
  name: 'Readonly Zone Token',
  policies: [{ effect: 'allow', permissionGroups: ['Zone Read', 'Analytics Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }],
});

const bucket = new R2Bucket(stack, 'reports', { accountId: ACCOUNT_ID, name: 'reports' });
new R2BucketToken(stack, 'reports-reader', { bucket, access: R2Access.READ, rotation: { every: '30d', overlap: '7d' } });

app.synth();
