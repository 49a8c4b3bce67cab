import { execFileSync } from 'child_process';
import { join, resolve } from 'path';

/**
 * The one way tests find Terraform and the Cloudflare provider: the E2E_* variables when set (scripts/test-e2e.sh
 * and .ci/run export them), else scripts/e2e-tools.sh, which takes `terraform` from PATH or builds it, and builds
 * the provider from Go modules when it is not cached. Nothing is skipped: a missing tool is an error that says why.
 */
export interface E2eTools {
  /** Absolute path of the terraform binary. */
  readonly terraform: string;
  /** CLI config that installs registry.terraform.io/cloudflare/cloudflare and hashicorp/time from the local mirror (TF_CLI_CONFIG_FILE). */
  readonly cliConfigFile: string;
  /** The provider version the mirror holds, and the only one. */
  readonly providerVersion: string;
  /** The hashicorp/time version the mirror holds, and the only one. */
  readonly timeProviderVersion: string;
}

const SCRIPT = join(resolve(__dirname, '..', '..'), 'scripts', 'e2e-tools.sh');
// A cold provider build takes minutes; the script's own lock makes parallel callers wait for one build.
const BUILD_TIMEOUT_MS = 30 * 60_000;

let terraformPath: string | undefined;
let tools: E2eTools | undefined;

/** The Terraform CLI (PATH, or built from Go modules by scripts/e2e-tools.sh --terraform). */
export function terraformBinary(): string {
  terraformPath ??= process.env.E2E_TERRAFORM || runToolsScript(['--terraform']).E2E_TERRAFORM!;
  return terraformPath;
}

/** Terraform plus the provider mirror (Cloudflare and hashicorp/time) and its CLI config. */
export function e2eTools(): E2eTools {
  if (tools) return tools;
  const env = process.env.E2E_TERRAFORM && process.env.E2E_TF_CLI_CONFIG_FILE && process.env.E2E_PROVIDER_VERSION
    && process.env.E2E_TIME_PROVIDER_VERSION
    ? process.env
    : runToolsScript([]);
  tools = {
    terraform: env.E2E_TERRAFORM!,
    cliConfigFile: env.E2E_TF_CLI_CONFIG_FILE!,
    providerVersion: env.E2E_PROVIDER_VERSION!,
    timeProviderVersion: env.E2E_TIME_PROVIDER_VERSION!,
  };
  return tools;
}

/** Runs scripts/e2e-tools.sh and parses its `export NAME=value` lines; its progress goes to this process's stderr. */
function runToolsScript(args: string[]): Record<string, string | undefined> {
  let out: string;
  try {
    out = execFileSync('bash', [SCRIPT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: BUILD_TIMEOUT_MS });
  } catch (e) {
    throw new Error(`scripts/e2e-tools.sh ${args.join(' ')} failed, so Terraform-backed tests cannot run (its log is above; it needs \`terraform\` >= 1.5 on PATH or Go to build it): ${(e as Error).message.split('\n')[0]}`);
  }
  const exports: Record<string, string> = {};
  for (const match of out.matchAll(/^export (E2E_[A-Z_]+)=(.*)$/gm)) {
    // printf %q quoting: the paths the script prints have no spaces or quotes, only backslash escapes at most.
    exports[match[1]] = match[2].replace(/\\(.)/g, '$1');
  }
  if (!exports.E2E_TERRAFORM) throw new Error(`scripts/e2e-tools.sh ${args.join(' ')} printed no E2E_TERRAFORM: ${out}`);
  return exports;
}
