/**
 * A small, generic Terraform CLI runner for end-to-end tests: runs terraform (from test/support/e2e-tools) in a temporary working directory with a bounded time, and kills the whole
 * process group (terraform and its provider plugins) on timeout.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { E2eTools } from '../../support/e2e-tools';

export interface RunResult {
  readonly args: readonly string[];
  /** Exit code; null when killed. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly ms: number;
}

/** Environment for terraform: no host CLOUDFLARE_* / TF_* leaks in, automation mode on, the mirror's CLI config. */
function terraformEnv(tools: E2eTools, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('CLOUDFLARE_') || k.startsWith('TF_')) continue;
    env[k] = v;
  }
  return {
    ...env,
    TF_CLI_CONFIG_FILE: tools.cliConfigFile,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    ...extra,
  };
}

/** Runs one command with a hard time limit; on timeout the whole process group is SIGKILLed. Never rejects on exit codes. */
export function runBounded(file: string, args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const execOptions = {
      cwd: options.cwd,
      env: options.env,
      encoding: 'utf8' as const,
      maxBuffer: 64 * 1024 * 1024,
      // Own process group, so a timeout also takes down provider plugin processes.
      detached: true,
    };
    let timedOut = false;
    const child = execFile(file, [...args], execOptions, (error, stdout, stderr) => {
      clearTimeout(timer);
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : null) : 0;
      resolve({ args, code: timedOut ? null : code, stdout: String(stdout), stderr: String(stderr), timedOut, ms: Date.now() - started });
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, options.timeoutMs);
  });
}

/** A temporary Terraform working directory. Call `remove()` when done (after `destroy`). */
export class TerraformWorkdir {
  readonly dir: string;
  readonly runs: RunResult[] = [];

  constructor(readonly tools: E2eTools, private readonly env: Record<string, string> = {}, prefix = 'tf-e2e-') {
    this.dir = mkdtempSync(path.join(tmpdir(), prefix));
  }

  /** Writes `main.tf.json` (Terraform's JSON configuration syntax). */
  writeJsonConfig(config: unknown, file = 'main.tf.json'): void {
    writeFileSync(path.join(this.dir, file), JSON.stringify(config, null, 2));
  }

  async run(args: readonly string[], timeoutMs = 180_000): Promise<RunResult> {
    const r = await runBounded(this.tools.terraform, args, { cwd: this.dir, env: terraformEnv(this.tools, this.env), timeoutMs });
    this.runs.push(r);
    return r;
  }

  init(timeoutMs?: number): Promise<RunResult> {
    return this.run(['init', '-no-color', '-input=false'], timeoutMs);
  }

  apply(timeoutMs?: number): Promise<RunResult> {
    return this.run(['apply', '-no-color', '-input=false', '-auto-approve'], timeoutMs);
  }

  /** `plan -detailed-exitcode`: 0 = no changes, 2 = changes, 1 = error. */
  plan(timeoutMs?: number): Promise<RunResult> {
    return this.run(['plan', '-no-color', '-input=false', '-detailed-exitcode'], timeoutMs);
  }

  destroy(timeoutMs?: number): Promise<RunResult> {
    return this.run(['destroy', '-no-color', '-input=false', '-auto-approve'], timeoutMs);
  }

  /** `output -json`, parsed (values of sensitive outputs included: keep them out of logs). */
  async outputs(timeoutMs?: number): Promise<Record<string, { value: unknown; sensitive: boolean }>> {
    const r = await this.run(['output', '-json'], timeoutMs);
    if (r.code !== 0) throw new Error(`terraform output failed (${r.code}): ${r.stderr}`);
    return JSON.parse(r.stdout) as Record<string, { value: unknown; sensitive: boolean }>;
  }

  async stateList(timeoutMs?: number): Promise<string[]> {
    const r = await this.run(['state', 'list'], timeoutMs);
    if (r.code !== 0) return [];
    return r.stdout.split('\n').filter((l) => l.trim() !== '');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A one-paragraph summary of a run for assertion messages (terraform never prints sensitive values). */
export function describeRun(r: RunResult): string {
  return `terraform ${r.args.join(' ')} -> ${r.timedOut ? 'TIMED OUT' : `exit ${r.code}`} in ${r.ms} ms\n--- stdout ---\n${r.stdout.slice(-6000)}\n--- stderr ---\n${r.stderr.slice(-6000)}`;
}
