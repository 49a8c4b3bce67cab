import { expectSuccess } from './cdktf-project';
import { E2eEnvironment } from './environment';

/** The raw values of every token in a deployed stack's state (Terraform keeps them there), to check that they never leak. */
export async function tokenValuesIn(env: E2eEnvironment, stack: string): Promise<string[]> {
  const show = await env.project.terraform(stack, ['show', '-json', '-no-color']);
  expectSuccess(show, `terraform show -json (${stack})`);
  const resources: any[] = JSON.parse(show.stdout).values.root_module.resources;
  const values = resources.filter((r) => r.type === 'cloudflare_account_token' || r.type === 'cloudflare_api_token').map((r) => r.values.value as string);
  for (const value of values) expect(value.length).toBeGreaterThanOrEqual(40);
  return values;
}
