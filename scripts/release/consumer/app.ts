// The token app the release proof synthesizes with the packages installed from the local registries, and with
// the clone they were built from; both outputs must be the same (app.py is the same app in Python). It needs only
// the library and its framework, so the cdktn flavour's proof runs it with the imports rewritten (prove.sh).
import { App, LocalBackend, TerraformStack } from 'cdktf';
// Resolved in the proof's projects (installed from Verdaccio, or linked to the clone), not in this repository.
// eslint-disable-next-line import/no-unresolved
import { AccountApiToken, CloudflareTokensProvider, R2Access, R2BucketToken } from 'cdktf-cloudflare-api-tokens';

// The account id of Cloudflare's API docs, as the examples use without CLOUDFLARE_ACCOUNT_ID.
const ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';
const app = new App();
const stack = new TerraformStack(app, 'tokens');
// A relative state path: the default is absolute, so it would differ between the folders the app runs in.
new LocalBackend(stack, { path: 'terraform.tfstate' });
new CloudflareTokensProvider(stack, 'cloudflare');

new AccountApiToken(stack, 'readonly-token', {
  accountId: ACCOUNT_ID,
  name: 'Readonly Zone Token',
  policies: [{ effect: 'allow', permissionGroups: ['Zone Read', 'Analytics Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }],
});

new R2BucketToken(stack, 'reports-reader', {
  accountId: ACCOUNT_ID,
  bucketName: 'reports',
  access: R2Access.READ,
  rotation: { every: '30d', overlap: '7d' },
});

app.synth();
