import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';
import { ProcessResult, runProcess } from './process';
import { e2eTools } from '../../support/e2e-tools';

const REPO = resolve(__dirname, '../../..');
const BIN = join(REPO, 'node_modules', '.bin');
const CDKTF_TIMEOUT_MS = 8 * 60_000;
const TERRAFORM_TIMEOUT_MS = 4 * 60_000;

/** A `cdktf deploy` run and the outputs it wrote (sensitive ones included), by stack. */
export interface DeployResult {
  readonly run: ProcessResult;
  readonly outputs: Record<string, Record<string, any>>;
}

/** A cdktf project in a temporary directory whose app is one TypeScript file of this repo. */
export class CdktfProject {
  public readonly dir: string;
  private readonly env: NodeJS.ProcessEnv;

  /**
   * @param appFile the app, relative to the repo root (e.g. "examples/main.ts")
   * @param env     variables for the app and the provider (CLOUDFLARE_API_TOKEN, CLOUDFLARE_BASE_URL, …)
   */
  public constructor(appFile: string, env: Record<string, string>) {
    const tools = e2eTools();
    this.dir = mkdtempSync(join(tmpdir(), 'cdktf-cf-tokens-e2e-'));
    const app = `${join(BIN, 'ts-node')} --transpile-only --project ${join(REPO, 'tsconfig.dev.json')} ${join(REPO, appFile)}`;
    writeFileSync(
      join(this.dir, 'cdktf.json'),
      JSON.stringify({ language: 'typescript', app, output: 'cdktf.out', sendCrashReports: 'false', terraformProviders: [], context: {} }),
    );
    this.env = {
      PATH: `${dirname(tools.terraform)}:${BIN}:${process.env.PATH}`,
      HOME: process.env.HOME,
      TF_CLI_CONFIG_FILE: tools.cliConfigFile,
      TF_IN_AUTOMATION: '1',
      CHECKPOINT_DISABLE: '1',
      CI: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1',
      ...env,
    };
  }

  /** Runs the cdktf CLI with `args` in the project directory. `env` adds or overrides variables for this run. */
  public cdktf(args: string[], env: Record<string, string> = {}): Promise<ProcessResult> {
    return runProcess(join(BIN, 'cdktf'), args, { cwd: this.dir, env: { ...this.env, ...env }, timeoutMs: CDKTF_TIMEOUT_MS });
  }

  /** `cdktf deploy` of the stacks with auto-approve; returns the run and the outputs, sensitive ones included. */
  public async deploy(stacks: string[], env: Record<string, string> = {}): Promise<DeployResult> {
    const outputsFile = join(this.dir, 'outputs.json');
    rmSync(outputsFile, { force: true });
    const run = await this.cdktf(
      ['deploy', ...stacks, '--auto-approve', '--skip-provider-lock', '--outputs-file', outputsFile, '--outputs-file-include-sensitive-outputs'],
      env,
    );
    let outputs: Record<string, Record<string, any>> = {};
    try {
      outputs = JSON.parse(readFileSync(outputsFile, 'utf8'));
    } catch {
      // no outputs file when the deploy failed; callers assert on run.code
    }
    return { run, outputs };
  }

  /**
   * `cdktf destroy` of the stacks with auto-approve; `env` adds or overrides variables for this run (the app
   * is synthesized again). `--skip-provider-lock` here and in deploy: cdktf would otherwise run
   * `terraform providers lock`, which asks the public registry even with a local mirror.
   */
  public destroy(stacks: string[], extraArgs: string[] = [], env: Record<string, string> = {}): Promise<ProcessResult> {
    return this.cdktf(['destroy', ...stacks, '--auto-approve', '--skip-provider-lock', ...extraArgs], env);
  }

  /** Runs the Terraform CLI in a synthesized stack's directory (after a synth or deploy). */
  public terraform(stack: string, args: string[]): Promise<ProcessResult> {
    return runProcess(e2eTools().terraform, args, { cwd: this.stackDir(stack), env: this.env, timeoutMs: TERRAFORM_TIMEOUT_MS });
  }

  /** The synthesized stack's directory. */
  public stackDir(stack: string): string {
    return join(this.dir, 'cdktf.out', 'stacks', stack);
  }

  /** Removes the project directory. */
  public remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Fails with the process output when a run did not exit 0. */
export function expectSuccess(run: ProcessResult, what: string): void {
  if (run.code !== 0) throw new Error(`${what} exited ${run.code}:\n${run.output.slice(-6000)}`);
}
