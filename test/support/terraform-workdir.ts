import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { terraformBinary } from './e2e-tools';

/** What one Terraform command printed, and its exit code. */
export interface TerraformRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A temporary directory of provider-less Terraform configurations (one per sub-directory, e.g. a producer
 * and a consumer stack), for commands that may fail: `run` returns what the command printed.
 */
export class TerraformWorkdir {
  public readonly root = mkdtempSync(join(tmpdir(), 'cdktf-cf-tokens-tfdir-'));
  private readonly initialized = new Set<string>();
  private readonly env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };

  /** Writes `config` as `<name>/main.tf.json` (replacing an earlier one) and runs `terraform init` there once. */
  public write(name: string, config: object): void {
    const dir = join(this.root, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'main.tf.json'), JSON.stringify(config, undefined, 1));
    if (!this.initialized.has(name)) {
      const init = this.run(name, ['init', '-input=false', '-no-color']);
      if (init.status !== 0) throw new Error(`terraform init failed in ${name}: ${init.stderr}`);
      this.initialized.add(name);
    }
  }

  /** Runs `terraform <args>` in `<name>`. */
  public run(name: string, args: string[]): TerraformRun {
    const result = spawnSync(terraformBinary(), args, { cwd: join(this.root, name), env: this.env, timeout: 120_000, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  /** `terraform output -json` in `<name>`, values unwrapped. */
  public outputs(name: string): Record<string, unknown> {
    const outputs = JSON.parse(this.run(name, ['output', '-json']).stdout) as Record<string, { value: unknown }>;
    return Object.fromEntries(Object.entries(outputs).map(([key, output]) => [key, output.value]));
  }

  public remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
