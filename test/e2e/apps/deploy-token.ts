// The examples app with a bootstrap stack that mints its CI tokens: DEPLOY (cdktf deploy and destroy) and
// PLAN (cdktf diff). A person deploys "bootstrap" with a broad token; every example stack then runs with
// one of the minted tokens alone.
import { TerraformStack } from 'cdktf';
import { buildExamplesApp } from '../../../examples/app';
import { cloudflareProvider } from '../../../examples/provider';
import { DeployAccess, DeployToken } from '../../../src';

const app = buildExamplesApp();
const stacks = app.node.children.filter((c): c is TerraformStack => TerraformStack.isStack(c));
const bootstrap = new TerraformStack(app, 'bootstrap');
cloudflareProvider(bootstrap);
new DeployToken(bootstrap, 'ci-deploy', { stacks, access: DeployAccess.DEPLOY, name: 'ci deploy' });
new DeployToken(bootstrap, 'ci-plan', { stacks, access: DeployAccess.PLAN, name: 'ci plan' });
app.synth();
