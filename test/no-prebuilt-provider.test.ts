import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..');

/**
 * A token-only app, in a fresh Node process (jest's own module registry does not fill `require.cache`): every
 * kind of Terraform block the library writes (account and user tokens, rotation with time_rotating and
 * time_static, plan-time permission group look-ups, the provider blocks), then the modules it loaded.
 */
const APP = `
const { App, TerraformStack } = require('cdktf');
const lib = require(${JSON.stringify(join(ROOT, 'src'))});
const app = new App({ outdir: process.env.OUTDIR });
const stack = new TerraformStack(app, 'tokens');
new lib.CloudflareTokensProvider(stack, 'cloudflare');
const policies = [{ effect: 'allow', permissionGroups: ['Zone Read', 'A Group Newer Than The Catalog'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }];
const account = new lib.AccountApiToken(stack, 'account', { name: 'account', accountId: '0123456789abcdef0123456789abcdef', policies, rotation: { every: '30d' }, resolvePermissionGroupsAtPlanTime: true });
account.grantR2Bucket(lib.R2BucketRef.fromName('assets'), lib.R2Access.READ);
new lib.UserApiToken(stack, 'user', { name: 'user', policies, resolvePermissionGroupsAtPlanTime: true });
app.synth();
console.log(JSON.stringify(Object.keys(require.cache)));
`;

describe('a stack that only creates tokens', () => {
  let loaded: string[];
  let synthesized: any;

  beforeAll(() => {
    const outdir = mkdtempSync(join(tmpdir(), 'no-prebuilt-'));
    try {
      const out = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', APP], {
        cwd: ROOT,
        env: { ...process.env, OUTDIR: outdir, TS_NODE_PROJECT: join(ROOT, 'tsconfig.dev.json') },
        encoding: 'utf8',
      });
      loaded = JSON.parse(out.trim().split('\n').pop()!);
      synthesized = JSON.parse(readFileSync(join(outdir, 'stacks', 'tokens', 'cdk.tf.json'), 'utf8'));
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 120_000);

  test('wrote every kind of block the library emits', () => {
    expect(Object.keys(synthesized.resource).sort()).toEqual(['cloudflare_account_token', 'cloudflare_api_token', 'time_rotating', 'time_static']);
    expect(Object.keys(synthesized.data).sort()).toEqual([
      'cloudflare_account_api_token_permission_groups_list',
      'cloudflare_api_token_permission_groups_list',
    ]);
    expect(Object.keys(synthesized.provider).sort()).toEqual(['cloudflare', 'time']);
  });

  test('loaded the library\'s own generated bindings for them', () => {
    const generated = loaded.filter((file) => file.includes('/src/bindings/generated/')).map((file) => file.replace(/^.*\/src\/bindings\/generated\//, '')).sort();
    expect(generated).toEqual([
      'providers/cloudflare/account-token/index.ts',
      'providers/cloudflare/api-token/index.ts',
      'providers/cloudflare/data-cloudflare-account-api-token-permission-groups-list/index.ts',
      'providers/cloudflare/data-cloudflare-api-token-permission-groups-list/index.ts',
      'providers/cloudflare/provider/index.ts',
      'providers/time/provider/index.ts',
      'providers/time/rotating/index.ts',
      'providers/time/static-resource/index.ts',
    ]);
  });

  test('loaded no module of a prebuilt provider package', () => {
    expect(loaded.filter((file) => /node_modules\/@cdktf\/provider-/.test(file))).toEqual([]);
  });
});
