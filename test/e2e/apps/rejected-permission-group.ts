// A token whose only permission group is an id (E2E_GROUP_ID) that the API does not know.
import { App, TerraformStack } from 'cdktf';
import { cloudflareProvider } from '../../../examples/provider';
import { AccountApiToken } from '../../../src';

const app = new App();
const stack = new TerraformStack(app, 'rejected-permission-group');
cloudflareProvider(stack);
new AccountApiToken(stack, 'token', {
  name: 'rejected',
  policies: [{ effect: 'allow', permissionGroups: [process.env.E2E_GROUP_ID!], resources: { 'com.cloudflare.api.account': '*' } }],
});
app.synth();
