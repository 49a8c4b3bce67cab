/**
 * Process-level measurement helpers for bench/run.ts: building lib/ when it is stale, transpiling the
 * child scripts, spawning children and collecting their wall time and peak RSS, statistics, the table,
 * and a summary of V8 CPU profiles.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..');
export const WORK = path.join(ROOT, 'bench', '.work');
export const CASES_SRC = path.join(ROOT, 'bench', 'cases');
export const CASES_OUT = path.join(WORK, 'cases');

/** What a child printed on its `BENCH_RESULT` line. */
export interface ChildResult {
  readonly maxRssKb: number;
  /** User + system CPU time of the child (for Python: of Python and its jsii Node processes). */
  readonly cpuMs: number;
  readonly phases?: Record<string, number>;
  readonly [key: string]: unknown;
}

/** One measured run of a child process. */
export interface Sample {
  /** Wall time from spawn to exit, measured by this (parent) process. */
  readonly wallMs: number;
  /** Peak RSS in MB as the child reported it (for Python: Python plus its jsii Node processes). */
  readonly rssMb: number;
  /** CPU time (user + system) as the child reported it; less sensitive to a busy machine than wall time. */
  readonly cpuMs: number;
  readonly child: ChildResult;
}

/** How to start one side of a case. */
export interface Command {
  readonly file: string;
  readonly args: string[];
  readonly env?: Record<string, string>;
  /** Interpreter; the current `node` by default. */
  readonly interpreter?: string;
  readonly interpreterArgs?: string[];
}

/** Runs one child to completion and returns its wall time and report. Throws with its stderr on failure. */
export function runChild(command: Command): Sample {
  const interpreter = command.interpreter ?? process.execPath;
  const argv = [...(command.interpreterArgs ?? []), command.file, ...command.args];
  const start = process.hrtime.bigint();
  const proc = spawnSync(interpreter, argv, {
    cwd: ROOT,
    env: { ...process.env, ...command.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (proc.error) throw proc.error;
  if (proc.status !== 0) {
    throw new Error(`${path.basename(command.file)} ${command.args.join(' ')} exited with ${proc.status ?? proc.signal}:\n${proc.stderr}${proc.stdout}`);
  }
  const line = proc.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (!line) throw new Error(`${path.basename(command.file)} printed no BENCH_RESULT line:\n${proc.stdout}\n${proc.stderr}`);
  const child = JSON.parse(line.slice('BENCH_RESULT '.length)) as ChildResult;
  return { wallMs, rssMb: child.maxRssKb / 1024, cpuMs: child.cpuMs, child };
}

/** Median with min and max. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Runs two commands `runs` times each after one warm-up each, alternating A, B, A, B. */
export function alternate(
  a: () => Command,
  b: () => Command,
  runs: number,
  hooks: { afterRun?: (side: 'a' | 'b', sample: Sample, warmUp: boolean) => void; progress?: (text: string) => void } = {},
): { a: Sample[]; b: Sample[] } {
  const out = { a: [] as Sample[], b: [] as Sample[] };
  for (let i = -1; i < runs; i++) {
    for (const side of ['a', 'b'] as const) {
      const sample = runChild(side === 'a' ? a() : b());
      hooks.afterRun?.(side, sample, i < 0);
      if (i >= 0) out[side].push(sample);
      hooks.progress?.(`${i < 0 ? 'warm-up' : `run ${i + 1}/${runs}`} ${side === 'a' ? 'library' : 'raw'} ${sample.wallMs.toFixed(0)} ms`);
    }
  }
  return out;
}

/** The src/ files (relative paths) whose compiled lib/ file is missing or older than the source. */
function staleSources(dir = path.join(ROOT, 'src'), rel = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const relPath = path.join(rel, entry.name);
    if (entry.isDirectory()) {out.push(...staleSources(dir, relPath));} else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const js = path.join(ROOT, 'lib', relPath.replace(/\.ts$/, '.js'));
      if (!fs.existsSync(js) || fs.statSync(js).mtimeMs < fs.statSync(path.join(dir, relPath)).mtimeMs) out.push(relPath);
    }
  }
  return out;
}

/**
 * Builds lib/ with the compile task (`npx projen compile`: jsii, then the lazy entry point) when a file of
 * src/ has no compiled lib/ counterpart or a newer one than it. If the build fails (someone is editing
 * src/) and an older lib/ exists, that one is used and the result says so.
 */
export function ensureLibBuilt(log: (text: string) => void): { built: boolean; stale: boolean; note?: string } {
  const index = path.join(ROOT, 'lib', 'index.js');
  const stale = staleSources();
  if (stale.length === 0) return { built: false, stale: false };
  log(`lib/ is ${fs.existsSync(index) ? `older than src/ (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', ...' : ''})` : 'missing'}: building it (npx projen compile) ...`);
  const proc = spawnSync('npx', ['projen', 'compile'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (proc.status === 0) return { built: true, stale: false };
  const message = `the compile failed (${proc.status}): ${(proc.stdout + proc.stderr).trim().split('\n').slice(0, 20).join('\n')}`;
  if (fs.existsSync(index)) {
    log(`${message}\nUsing the existing, stale lib/.`);
    return { built: false, stale: true, note: message };
  }
  throw new Error(message);
}

/** Transpiles bench/cases/*.ts to bench/.work/cases/*.js (no type check: the children must start as plain node). */
export function transpileCases(): void {
  // A dev dependency: the benchmark is not part of the package.
  // eslint-disable-next-line @typescript-eslint/no-require-imports, import/no-extraneous-dependencies
  const ts = require('typescript') as typeof import('typescript');
  fs.mkdirSync(CASES_OUT, { recursive: true });
  for (const name of fs.readdirSync(CASES_SRC)) {
    if (!name.endsWith('.ts')) continue;
    const source = fs.readFileSync(path.join(CASES_SRC, name), 'utf8');
    const output = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      fileName: name,
    });
    fs.writeFileSync(path.join(CASES_OUT, name.replace(/\.ts$/, '.js')), output.outputText);
  }
}

/** Path of a transpiled child script. */
export function caseFile(name: string): string {
  return path.join(CASES_OUT, `${name}.js`);
}

/** Formats a spread as `median (min–max)` with `digits` decimals. */
export function fmt(s: Spread, digits = 0): string {
  return `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}

/** A plain-text table with aligned columns. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Self time of a `.cpuprofile` grouped by package and by function, largest first. */
export function summarizeProfile(file: string, top = 15): { totalMs: number; byPackage: [string, number][]; byFunction: [string, number][] } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    startTime: number;
    endTime: number;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Sample counts times the mean interval: a single long time delta (the process descheduled on a busy
  // machine) would otherwise be charged in full to whatever function happened to be sampled next.
  const usPerSample = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length);
  const selfUs = new Map<number, number>();
  for (const id of profile.samples) selfUs.set(id, (selfUs.get(id) ?? 0) + usPerSample);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    total += us;
    const pkg = packageOf(frame.url, frame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const fn = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>): [string, number][] =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, v / 1000]);
  return { totalMs: total / 1000, byPackage: sorted(byPackage), byFunction: sorted(byFunction) };
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.includes('/bench/')) return 'bench script';
  return 'this library (lib/)';
}

function shortUrl(url: string): string {
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) return url.slice(nm + '/node_modules/'.length);
  return url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '');
}
