/** A permission group id that Cloudflare rejects fails the deploy by name and leaves nothing behind. */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { E2E_ACCOUNT_ID, E2eEnvironment, startEnvironment } from '../support/environment';

const UNKNOWN_GROUP_ID = '0badc0de0badc0de0badc0de0badc0de';

describe('a permission group id the API rejects', () => {
  let env: E2eEnvironment;
  beforeAll(async () => {
    env = await startEnvironment('test/e2e/apps/rejected-permission-group.ts', { appEnv: { E2E_GROUP_ID: UNKNOWN_GROUP_ID } });
  });
  afterAll(async () => env?.close());

  test('surfaces as a Terraform error naming it, with no token in state or in the API', async () => {
    const deploy = await env.project.deploy(['rejected-permission-group']);
    expect(deploy.run.code).not.toBe(0);
    expect(deploy.run.output).toContain(UNKNOWN_GROUP_ID);
    expect(env.fake.state.accountTokens(E2E_ACCOUNT_ID)).toEqual([]);

    const stateFile = join(env.project.dir, 'terraform.rejected-permission-group.tfstate');
    const resources = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')).resources ?? [] : [];
    expect(resources.filter((r: any) => r.type === 'cloudflare_account_token')).toEqual([]);
  });
});
