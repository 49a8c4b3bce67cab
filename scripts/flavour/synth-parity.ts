/**
 * Both flavours synthesize the examples app (examples/app.ts: every example stack, cross-stack references
 * and rotation included) to the same Terraform JSON: the same resource addresses with the same arguments,
 * so an app moved from cdktf to cdktn finds in its state exactly the resources it declares. Compared without
 * the framework's metadata ("//" keys: construct paths, framework version) and with the local state paths
 * cut to their file names (they are absolute).
 *
 *   ts-node scripts/flavour/synth-parity.ts    (after scripts/flavour/cdktn.sh compile generated pkg/)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const ROOT = resolve(__dirname, '..', '..');
const PKG = join(ROOT, 'flavours', 'cdktn', 'pkg');
const TS_NODE = join(ROOT, 'node_modules', '.bin', 'ts-node');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Synthesizes the examples app of the project in `dir` into a temporary folder; {stack: cdk.tf.json}. */
function synthExamples(dir: string, env: NodeJS.ProcessEnv): Record<string, Json> {
  const outdir = mkdtempSync(join(tmpdir(), 'synth-parity-'));
  try {
    const script = `require(${JSON.stringify(join(dir, 'examples', 'app'))}).buildExamplesApp(${JSON.stringify(outdir)}).synth()`;
    execFileSync(TS_NODE, ['--transpile-only', '--project', join(dir, 'tsconfig.dev.json'), '-e', script], {
      cwd: dir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const stacks = join(outdir, 'stacks');
    return Object.fromEntries(readdirSync(stacks).sort().map((s) => [s, normalize(JSON.parse(readFileSync(join(stacks, s, 'cdk.tf.json'), 'utf8')))]));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

function normalize(value: Json): Json {
  if (Array.isArray(value)) return value.map(normalize);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, Json> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '//') continue;
    out[key] = key === 'path' && typeof v === 'string' && v.endsWith('.tfstate') ? basename(v) : normalize(v);
  }
  return out;
}

function main(): void {
  if (!existsSync(join(PKG, 'examples'))) throw new Error('no flavours/cdktn/pkg/examples: run `bash scripts/flavour/cdktn.sh test` (or generate with --tests) first');
  const account = { CLOUDFLARE_ACCOUNT_ID: '023e105f4ecef8ad9ca31a8372d0c353' };
  const cdktf = synthExamples(ROOT, account);
  const cdktn = synthExamples(PKG, { ...account, NODE_OPTIONS: `--require ${join(__dirname, 'cdktf-as-cdktn.js')}` });
  const problems: string[] = [];
  for (const stack of new Set([...Object.keys(cdktf), ...Object.keys(cdktn)])) {
    if (!isDeepStrictEqual(cdktf[stack], cdktn[stack])) problems.push(stack);
  }
  if (Object.keys(cdktf).length === 0) problems.push('(no stacks synthesized)');
  if (problems.length > 0) {
    console.error(`synth parity: the flavours synthesize different Terraform for: ${problems.join(', ')}`);
    process.exit(1);
  }
  const resources = Object.values(cdktf).reduce<number>((n, s) => {
    const types = ((s as Record<string, Json>).resource ?? {}) as Record<string, Record<string, Json>>;
    return n + Object.values(types).reduce((m, byName) => m + Object.keys(byName).length, 0);
  }, 0);
  console.log(`synth parity: ${Object.keys(cdktf).length} example stacks, ${resources} resources, the same Terraform JSON under cdktf and cdktn`);
}

main();
