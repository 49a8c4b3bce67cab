import { execFileSync } from 'child_process';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { terraformBinary } from './e2e-tools';

/**
 * Applies a provider-less Terraform JSON configuration in `dir` (created if needed; its state stays
 * there as `terraform.tfstate`) and returns `terraform output -json`, values unwrapped.
 */
export function applyInDir(dir: string, config: object): Record<string, unknown> {
  mkdirSync(dir, { recursive: true });
  const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
  const run = (args: string[]) => execFileSync(terraformBinary(), args, { cwd: dir, env, timeout: 120_000, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify(config));
  run(['init', '-input=false', '-no-color']);
  run(['apply', '-auto-approve', '-input=false', '-no-color']);
  const outputs = JSON.parse(run(['output', '-json'])) as Record<string, { value: unknown }>;
  return Object.fromEntries(Object.entries(outputs).map(([name, output]) => [name, output.value]));
}
