import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { terraformBinary } from './e2e-tools';

export { terraformBinary };

/**
 * Applies a provider-less Terraform JSON configuration (variables, locals, outputs) in a temporary
 * directory and returns `terraform output -json`, values unwrapped.
 */
export function applyAndReadOutputs(config: object): Record<string, unknown> {
  const terraform = terraformBinary();
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
