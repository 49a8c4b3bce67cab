import { execFileSync } from 'child_process';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..');
const DEPLOY_TABLE = join(ROOT, 'src', 'deploy', 'private', 'deploy-permissions.generated.ts');
const CATALOG_ROWS = join(ROOT, 'src', 'policy', 'private', 'permission-group-catalog.generated.ts');

/**
 * The generated data tables load on first use, not at import. A fresh Node process (jest's own module
 * registry does not fill `require.cache`) prints the loaded modules after each step.
 */
const PROGRAM = `
const loaded = () => Object.keys(require.cache);
const steps = {};
require(${JSON.stringify(join(ROOT, 'src'))});
steps.imported = loaded();
const { PermissionGroupCatalog } = require(${JSON.stringify(join(ROOT, 'src', 'policy', 'private', 'permission-group-catalog'))});
steps.lookup = PermissionGroupCatalog.default.lookup('Zone Read').kind;
steps.afterLookup = loaded();
const { typePermissions } = require(${JSON.stringify(join(ROOT, 'src', 'deploy', 'private', 'deploy-permission-table'))});
steps.row = typePermissions('resource', 'cloudflare_account_token').type;
steps.afterDeploy = loaded();
console.log(JSON.stringify(steps));
`;

describe('generated data tables', () => {
  let steps: { imported: string[]; lookup: string; afterLookup: string[]; row: string; afterDeploy: string[] };

  beforeAll(() => {
    const out = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', PROGRAM], {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.dev.json') },
      encoding: 'utf8',
    });
    steps = JSON.parse(out.trim().split('\n').pop()!);
  }, 120_000);

  test('importing the library loads neither the catalog rows nor the deploy table', () => {
    expect(steps.imported).toContain(join(ROOT, 'src', 'policy', 'private', 'permission-group-catalog.ts'));
    expect(steps.imported).not.toContain(CATALOG_ROWS);
    expect(steps.imported).not.toContain(DEPLOY_TABLE);
  });

  test('the first name look-up loads the catalog rows, and only them', () => {
    expect(steps.lookup).toBe('found');
    expect(steps.afterLookup).toContain(CATALOG_ROWS);
    expect(steps.afterLookup).not.toContain(DEPLOY_TABLE);
  });

  test('the first deploy permission look-up loads the deploy table', () => {
    expect(steps.row).toBe('cloudflare_account_token');
    expect(steps.afterDeploy).toContain(DEPLOY_TABLE);
  });
});
