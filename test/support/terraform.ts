import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/**
 * The Terraform CLI for tests that let Terraform itself evaluate what we synthesize: E2E_TERRAFORM (set
 * by scripts/e2e-tools.sh), else `terraform` on PATH. Undefined when neither exists; CI always has one.
 */
export function terraformBinary(): string | undefined {
  if (process.env.E2E_TERRAFORM) return process.env.E2E_TERRAFORM;
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore', timeout: 30_000 });
    return 'terraform';
  } catch {
    if (process.env.CI) throw new Error('CI needs a Terraform CLI: run scripts/e2e-tools.sh (see .ci/run)');
    return undefined;
  }
}

/** `test` when a Terraform CLI is available, else `test.skip` (never in CI, see {@link terraformBinary}). */
export const testWithTerraform = terraformBinary() ? test : test.skip;

/**
 * Applies a provider-less Terraform JSON configuration (variables, locals, outputs) in a temporary
 * directory and returns `terraform output -json`, values unwrapped.
 */
export function applyAndReadOutputs(config: object): Record<string, unknown> {
  const terraform = terraformBinary()!;
  const dir = mkdtempSync(join(tmpdir(), 'cdktf-cf-tokens-tf-'));
  const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
  const run = (args: string[]) => execFileSync(terraform, args, { cwd: dir, env, timeout: 120_000, encoding: 'utf8' });
  try {
    writeFileSync(join(dir, 'main.tf.json'), JSON.stringify(config));
    run(['init', '-input=false', '-no-color']);
    run(['apply', '-auto-approve', '-input=false', '-no-color']);
    const outputs = JSON.parse(run(['output', '-json'])) as Record<string, { value: unknown }>;
    return Object.fromEntries(Object.entries(outputs).map(([name, output]) => [name, output.value]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
