/**
 * `npm run bench [-- options]`: the library against the raw provider bindings, as whole processes.
 *
 *   --quick            3 runs, no 5,000-token synth, one Python run (also: BENCH_QUICK=1)
 *   --runs=N           measured runs per side (default 7; 41 for import, 21 for one token; 5 for 5,000 tokens
 *                      and Python)
 *   --only=a,b         cases to run: import, synth, names, python
 *   --sizes=100,1000   token counts of the synth case (default 1,100,1000,5000)
 *   --python=PATH      a python with cdktf, cdktf-cdktf-provider-cloudflare and this package installed
 *                      (also: BENCH_PYTHON); default: the venv of scripts/test-python.sh ($PYTHON_TEST_VENV, else
 *                      node_modules/.cache/python-test-venv), remade from the current sources
 *   --profile          also write V8 CPU profiles of import and 1,000-token synth (both sides) to
 *                      bench/.work/profiles/ and print where the time goes
 *   --against=DIR      compare lib/ with another build of the library (a compiled lib/ directory, e.g. a
 *                      patched copy) instead of the raw bindings; the "raw" columns then show DIR
 *   --no-write         write no results file (a full default run writes bench/results.json, any
 *                      other run bench/.work/results.json)
 *
 * Every case runs each side once to warm up, then alternates library and raw runs and reports the median
 * with min–max. Wall time is measured here, from spawn to exit; peak RSS is what the child reports
 * (`process.resourceUsage().maxRSS`; for Python, Python's own peak plus the peaks of its jsii Node processes).
 * Nothing here asserts on timings: the `target` columns only say whether a ratio is within the aim.
 */
import { execSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  alternate,
  caseFile,
  CASES_SRC,
  Command,
  ensureLibBuilt,
  fmt,
  ROOT,
  runChild,
  Sample,
  spread,
  summarizeProfile,
  table,
  transpileCases,
  WORK,
} from './harness';

interface Options {
  quick: boolean;
  runs?: number;
  only: Set<string>;
  sizes: number[];
  python?: string;
  profile: boolean;
  write: boolean;
  against?: string;
}

function parseOptions(argv: string[]): Options {
  const get = (name: string): string | undefined => {
    const hit = argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    return hit === undefined ? undefined : hit.includes('=') ? hit.slice(hit.indexOf('=') + 1) : '';
  };
  const known = ['quick', 'runs', 'only', 'sizes', 'python', 'profile', 'no-write', 'against', 'help'];
  for (const arg of argv) {
    if (!known.includes(arg.replace(/^--/, '').split('=')[0])) throw new Error(`unknown option ${arg}; see the top of bench/run.ts`);
  }
  if (get('help') !== undefined) {
    const header = fs.readFileSync(__filename, 'utf8').split('*/')[0];
    process.stdout.write(`${header.replace(/^\/\*\*|^ \* ?/gm, '')}\n`);
    process.exit(0);
  }
  const quick = get('quick') !== undefined || ['1', 'true'].includes(process.env.BENCH_QUICK ?? '');
  const runs = get('runs');
  const sizes = get('sizes');
  return {
    quick,
    runs: runs ? Number(runs) : undefined,
    only: new Set((get('only') ?? 'import,synth,names,python').split(',').filter(Boolean)),
    sizes: sizes ? sizes.split(',').map(Number) : quick ? [1, 100, 1000] : [1, 100, 1000, 5000],
    python: get('python') || process.env.BENCH_PYTHON || undefined,
    profile: get('profile') !== undefined,
    write: get('no-write') === undefined,
    against: get('against') ? path.resolve(get('against')!) : undefined,
  };
}

const opts = parseOptions(process.argv.slice(2));
/** The aims (library ÷ raw, medians; issues 17 and 18): reported, never asserted. */
const TARGETS = {
  import: { wall: 1.0, rss: 1.0 },
  synth: { wall: 1.1, rss: 1.15 },
  python: { wall: 1.2, rss: 1.2 },
  pythonStartup: { wall: 1.3, rss: 1.3 },
} as const;

const runsFor = (heavy: boolean): number => opts.runs ?? (opts.quick ? (heavy ? 1 : 3) : heavy ? 5 : 7);
const log = (text: string): void => void process.stderr.write(`${text}\n`);
const progress = (label: string) => (text: string) => log(`  ${label}: ${text}`);
const libDir = process.env.BENCH_LIB_DIR ?? path.join(ROOT, 'lib');

/** A side-by-side result: library vs raw. */
interface Pair {
  readonly case: string;
  readonly runs: number;
  readonly library: Sample[];
  readonly raw: Sample[];
  /** The aim for the ratios of wall time and of peak RSS (library ÷ raw). */
  readonly target?: Target;
}

interface Target {
  readonly wall: number;
  readonly rss: number;
}

function summarize(pair: Pair) {
  const wall = { library: spread(pair.library.map((s) => s.wallMs)), raw: spread(pair.raw.map((s) => s.wallMs)) };
  const rss = { library: spread(pair.library.map((s) => s.rssMb)), raw: spread(pair.raw.map((s) => s.rssMb)) };
  const cpu = { library: spread(pair.library.map((s) => s.cpuMs)), raw: spread(pair.raw.map((s) => s.cpuMs)) };
  const phases = (samples: Sample[]) => {
    const names = Object.keys(samples[0].child.phases ?? {});
    return Object.fromEntries(names.map((n) => [n, spread(samples.map((s) => s.child.phases![n]))]));
  };
  return {
    case: pair.case,
    runs: pair.runs,
    wallMs: { ...wall, ratio: wall.library.median / wall.raw.median },
    peakRssMb: { ...rss, ratio: rss.library.median / rss.raw.median },
    cpuMs: { ...cpu, ratio: cpu.library.median / cpu.raw.median },
    phasesMs: { library: phases(pair.library), raw: phases(pair.raw) },
    samples: {
      library: pair.library.map((s) => ({ wallMs: round(s.wallMs), rssMb: round(s.rssMb), cpuMs: round(s.cpuMs) })),
      raw: pair.raw.map((s) => ({ wallMs: round(s.wallMs), rssMb: round(s.rssMb), cpuMs: round(s.cpuMs) })),
    },
    target: pair.target,
    withinTarget:
      pair.target === undefined
        ? undefined
        : wall.library.median / wall.raw.median <= pair.target.wall && rss.library.median / rss.raw.median <= pair.target.rss,
  };
}
type Summary = ReturnType<typeof summarize>;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

// ---------------------------------------------------------------------------------------------------------
// Cases

function importCase(): Summary {
  log('import: require of lib/index.js vs cdktf + deep provider imports');
  // An import run takes ~0.2 s and the difference looked for is ~10 ms: many runs keep the median steady.
  const runs = opts.runs ?? (opts.quick ? 5 : 41);
  const env = { BENCH_LIB_DIR: libDir };
  const result = alternate(
    () => ({ file: caseFile('import-lib'), args: [], env }),
    () => (opts.against ? { file: caseFile('import-lib'), args: [], env: { BENCH_LIB_DIR: opts.against } } : { file: caseFile('import-raw'), args: [], env }),
    runs,
    { progress: progress('import') },
  );
  return summarize({ case: 'import', runs, library: result.a, raw: result.b, target: TARGETS.import });
}

/** `grants`: a zone policy and an R2 bucket grant per token instead of two policies (see fixture.ts). */
function synthCase(count: number, variant: 'policies' | 'grants' = 'policies'): Summary {
  const label = variant === 'grants' ? `synth ${count} grants` : `synth ${count}`;
  log(`${label}: AccountApiToken vs raw AccountToken + 2 TerraformOutputs, app.synth()`);
  // One token is a start-up measure (~0.4 s a run): as many runs as the import case.
  const runs = count === 1 ? opts.runs ?? (opts.quick ? 5 : 21) : runsFor(count >= 5000);
  const outdirs: Record<'a' | 'b', string> = { a: '', b: '' };
  const command = (side: 'a' | 'b'): Command => {
    outdirs[side] = fs.mkdtempSync(path.join(os.tmpdir(), `bench-synth-${side}-`));
    return {
      file: caseFile(side === 'a' || opts.against ? 'synth-lib' : 'synth-raw'),
      args: [String(count)],
      env: { BENCH_LIB_DIR: side === 'b' && opts.against ? opts.against : libDir, BENCH_OUTDIR: outdirs[side], BENCH_SYNTH: variant },
    };
  };
  const docs: Partial<Record<'a' | 'b', SynthDoc>> = {};
  const result = alternate(() => command('a'), () => command('b'), runs, {
    progress: progress(label),
    afterRun: (side, _sample, warmUp) => {
      if (warmUp) docs[side] = readSynth(outdirs[side]);
      fs.rmSync(outdirs[side], { recursive: true, force: true });
      if (warmUp && docs.a && docs.b) checkSameTokens(docs.a, docs.b, count);
    },
  });
  return summarize({ case: label, runs, library: result.a, raw: result.b, target: count >= 1000 ? TARGETS.synth : undefined });
}

interface SynthDoc {
  resource?: { cloudflare_account_token?: Record<string, Record<string, unknown>> };
  output?: Record<string, { value: string; sensitive?: boolean; description?: string }>;
  locals?: Record<string, string>;
}

function readSynth(outdir: string): SynthDoc {
  return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'bench', 'cdk.tf.json'), 'utf8')) as SynthDoc;
}

/**
 * Both sides must synthesize the same tokens: same name, account, policies (ids, resources, order), the
 * same outputs (names, sensitivity, descriptions, value expressions) and the same locals (value
 * expressions), where expressions are compared up to the logical ids of resources and locals (each
 * resource reference becomes the name of its token).
 */
function checkSameTokens(lib: SynthDoc, raw: SynthDoc, count: number): void {
  const tokens = (doc: SynthDoc) => {
    const byName = new Map<string, { logicalId: string; body: string }>();
    for (const [logicalId, r] of Object.entries(doc.resource?.cloudflare_account_token ?? {})) {
      const { name, account_id, policies } = r;
      byName.set(String(name), { logicalId, body: JSON.stringify({ account_id, policies }) });
    }
    return byName;
  };
  const normalize = (expression: string, ids: Map<string, string>) =>
    expression.replace(/cloudflare_account_token\.([A-Za-z0-9_-]+)/g, (_, id: string) => `T(${ids.get(id)})`).replace(/local\.[A-Za-z0-9_-]+/g, 'local.L');
  const outputs = (doc: SynthDoc, ids: Map<string, string>) =>
    JSON.stringify(Object.entries(doc.output ?? {}).map(([name, o]) => [name, o.sensitive, o.description, normalize(o.value, ids)]).sort());
  const locals = (doc: SynthDoc, ids: Map<string, string>) => JSON.stringify(Object.values(doc.locals ?? {}).map((v) => normalize(v, ids)).sort());
  const libTokens = tokens(lib);
  const rawTokens = tokens(raw);
  if (libTokens.size !== count || rawTokens.size !== count) throw new Error(`synth check: expected ${count} tokens, got ${libTokens.size} / ${rawTokens.size}`);
  for (const [name, t] of libTokens) {
    if (rawTokens.get(name)?.body !== t.body) {
      throw new Error(`synth check: token "${name}" differs:\n library ${t.body}\n raw     ${rawTokens.get(name)?.body}`);
    }
  }
  const idsOf = (m: Map<string, { logicalId: string }>) => new Map([...m].map(([name, t]) => [t.logicalId, name]));
  const [libIds, rawIds] = [idsOf(libTokens), idsOf(rawTokens)];
  if (outputs(lib, libIds) !== outputs(raw, rawIds)) throw new Error(`synth check: the outputs differ:\n library ${outputs(lib, libIds).slice(0, 2000)}\n raw     ${outputs(raw, rawIds).slice(0, 2000)}`);
  if (locals(lib, libIds) !== locals(raw, rawIds)) throw new Error(`synth check: the locals differ:\n library ${locals(lib, libIds).slice(0, 2000)}\n raw     ${locals(raw, rawIds).slice(0, 2000)}`);
}

function namesCase() {
  log('names: catalog look-ups in one process');
  const sample = runChild({ file: caseFile('names'), args: [], env: { BENCH_LIB_DIR: libDir, BENCH_NAMES_BUDGET_MS: opts.quick ? '100' : '400' } });
  return { ...(sample.child.names as Record<string, unknown> & { catalogSize: number }), catalogBuildMs: sample.child.catalogBuildMs as number };
}

function findPython(): string | undefined {
  if (opts.python) return opts.python;
  const venv = path.join(process.env.PYTHON_TEST_VENV ?? path.join(ROOT, 'node_modules', '.cache', 'python-test-venv'), 'bin', 'python');
  return fs.existsSync(venv) ? venv : undefined;
}

/**
 * The venv of scripts/test-python.sh with a wheel of the current sources (it rebuilds only what is stale, so a
 * venv left from older sources never stands in for this library); returns its interpreter.
 */
function preparePythonVenv(): string {
  log('python: scripts/test-python.sh --venv-only --keep-venv (a wheel and a venv of the current sources)');
  const proc = spawnSync('bash', [path.join(ROOT, 'scripts', 'test-python.sh'), '--venv-only', '--keep-venv'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  const python = findPython();
  if (proc.status !== 0 || !python) throw new Error(`scripts/test-python.sh --venv-only exited with ${proc.status}`);
  return python;
}

function pythonCase(python: string): Summary {
  log(`python: one AccountApiToken vs raw AccountToken, imported and synthesized (${python})`);
  const runs = runsFor(true);
  const command = (script: string): Command => ({
    interpreter: python,
    interpreterArgs: ['-u', '-B'], // -B: no __pycache__ in bench/cases
    file: path.join(CASES_SRC, script),
    args: [],
    env: { BENCH_OUTDIR: fs.mkdtempSync(path.join(os.tmpdir(), 'bench-py-')) },
  });
  const docs: Partial<Record<'a' | 'b', SynthDoc>> = {};
  const result = alternate(() => command('python_lib.py'), () => command('python_raw.py'), runs, {
    progress: progress('python'),
    afterRun: (side, sample, warmUp) => {
      const outdir = String(sample.child.outdir);
      if (warmUp) docs[side] = readSynth(outdir);
      fs.rmSync(outdir, { recursive: true, force: true });
      if (warmUp && docs.a && docs.b) checkSameTokens(docs.a, docs.b, 1);
    },
  });
  return summarize({ case: 'python 1 token', runs, library: result.a, raw: result.b, target: TARGETS.python });
}

/**
 * What a Python user who only manages tokens pays at start-up: a whole one-token app on the library's own
 * bindings (no prebuilt provider package imported) against `import cdktf` alone.
 */
function pythonStartupCase(python: string): Summary {
  log(`python: one-token app without prebuilt provider packages vs \`import cdktf\` alone (${python})`);
  const runs = runsFor(true);
  const command = (script: string): Command => ({
    interpreter: python,
    interpreterArgs: ['-u', '-B'],
    file: path.join(CASES_SRC, script),
    args: [],
    env: { BENCH_OUTDIR: fs.mkdtempSync(path.join(os.tmpdir(), 'bench-py-')) },
  });
  const result = alternate(() => command('python_tokens_only.py'), () => command('python_import_cdktf.py'), runs, {
    progress: progress('python startup'),
    afterRun: (side, sample, warmUp) => {
      const outdir = String(sample.child.outdir);
      if (warmUp && side === 'a') checkTokenOnlyApp(outdir);
      fs.rmSync(outdir, { recursive: true, force: true });
    },
  });
  return summarize({ case: 'python token app vs import cdktf', runs, library: result.a, raw: result.b, target: TARGETS.pythonStartup });
}

/** The library side of the startup case did its whole job: one token, the provider pinned, nothing prebuilt. */
function checkTokenOnlyApp(outdir: string): void {
  type TokenApp = { resource?: Record<string, object>; terraform?: { required_providers?: Record<string, { version?: string }> } };
  const doc = readSynth(outdir) as unknown as TokenApp;
  const tokens = Object.keys(doc.resource?.cloudflare_account_token ?? {});
  if (tokens.length !== 1) throw new Error(`python startup check: expected one cloudflare_account_token, got ${tokens.length}`);
  const version = doc.terraform?.required_providers?.cloudflare?.version;
  if (version !== '5.24.0') throw new Error(`python startup check: the cloudflare provider is pinned to ${version}, not 5.24.0`);
}

function profileCases() {
  const dir = path.join(WORK, 'profiles');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const out: Record<string, ReturnType<typeof summarizeProfile>> = {};
  const runs: [string, string, string[]][] = [
    ['import-lib', 'import-lib', []],
    ['import-raw', 'import-raw', []],
    ['synth-1000-lib', 'synth-lib', ['1000']],
    ['synth-1000-raw', 'synth-raw', ['1000']],
  ];
  for (const [label, file, args] of runs) {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-prof-'));
    runChild({
      file: caseFile(file),
      args,
      env: { BENCH_LIB_DIR: libDir, BENCH_OUTDIR: outdir },
      interpreterArgs: ['--cpu-prof', '--cpu-prof-interval=200', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${label}.cpuprofile`],
    });
    fs.rmSync(outdir, { recursive: true, force: true });
    out[label] = summarizeProfile(path.join(dir, `${label}.cpuprofile`));
    const s = out[label];
    log(`\nprofile ${label}: ${s.totalMs.toFixed(0)} ms sampled (${path.join(dir, `${label}.cpuprofile`)})`);
    log(table(['self time by package', 'ms'], s.byPackage.slice(0, 8).map(([k, v]) => [k, v.toFixed(1)])));
    log(table(['self time by function', 'ms'], s.byFunction.slice(0, 12).map(([k, v]) => [k, v.toFixed(1)])));
  }
  fs.writeFileSync(path.join(dir, 'summary.json'), `${JSON.stringify(out, null, 2)}\n`);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Main

function machine() {
  const git = (cmd: string): string | undefined => {
    try {
      return execSync(cmd, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return undefined;
    }
  };
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    commit: git('git rev-parse --short HEAD'),
    srcDirty: git('git status --porcelain -- src') ? true : false,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    libDir,
  };
}

function main(): void {
  const started = Date.now();
  const env = machine();
  log(`bench on ${env.cores} cores (${env.cpu}), ${env.memoryGb} GB, node ${env.node}${opts.quick ? ', quick mode' : ''}`);
  const build = process.env.BENCH_LIB_DIR ? { built: false, stale: false, note: 'BENCH_LIB_DIR set: not built' } : ensureLibBuilt(log);
  transpileCases();

  const summaries: Summary[] = [];
  let names: ReturnType<typeof namesCase> | undefined;
  let python: Summary | string | undefined;
  let pythonStartup: Summary | string | undefined;
  let scaling: Record<string, unknown> | undefined;

  if (opts.only.has('import')) summaries.push(importCase());
  if (opts.only.has('synth')) {
    for (const size of opts.sizes) summaries.push(synthCase(size));
    for (const size of opts.sizes.filter((n) => n >= 1000)) summaries.push(synthCase(size, 'grants'));
    const at = (n: number) => summaries.find((s) => s.case === `synth ${n}`);
    const [s1, s5] = [at(1000), at(5000)];
    if (s1 && s5) {
      const work = (s: Summary, side: 'library' | 'raw') => s.phasesMs[side].construct.median + s.phasesMs[side].synth.median;
      const scale = (side: 'library' | 'raw') => {
        const workRatio = work(s5, side) / work(s1, side);
        return {
          wallRatio: s5.wallMs[side].median / s1.wallMs[side].median,
          constructPlusSynthRatio: workRatio,
          exponent: Math.log(workRatio) / Math.log(5),
          msPerTokenAt1000: work(s1, side) / 1000,
          msPerTokenAt5000: work(s5, side) / 5000,
        };
      };
      scaling = { from: 1000, to: 5000, library: scale('library'), raw: scale('raw'), note: 'linear: constructPlusSynthRatio ≈ 5, exponent ≈ 1' };
    }
  }
  if (opts.only.has('names')) names = namesCase();
  if (opts.only.has('python') && !opts.against) {
    try {
      const interpreter = opts.python ?? preparePythonVenv();
      python = pythonCase(interpreter);
      pythonStartup = pythonStartupCase(interpreter);
    } catch (e) {
      const failure = `failed: ${(e as Error).message.split('\n')[0]}`;
      python = typeof python === 'object' ? python : failure;
      pythonStartup = failure;
      log(`python: ${failure}`);
      process.exitCode = 1;
    }
  }
  const profile = opts.profile ? profileCases() : undefined;

  // Table
  const rows: string[][] = [];
  const all = [...summaries, ...[python, pythonStartup].filter((p): p is Summary => typeof p === 'object')];
  for (const s of all) {
    const ok = (ratio: number, aim: number | undefined) => (aim === undefined ? '' : ratio <= aim ? `≤ ${aim} ok` : `≤ ${aim} OVER`);
    rows.push([s.case, 'wall ms', fmt(s.wallMs.library), fmt(s.wallMs.raw), s.wallMs.ratio.toFixed(2), ok(s.wallMs.ratio, s.target?.wall), String(s.runs)]);
    rows.push(['', 'peak RSS MB', fmt(s.peakRssMb.library), fmt(s.peakRssMb.raw), s.peakRssMb.ratio.toFixed(2), ok(s.peakRssMb.ratio, s.target?.rss), '']);
    rows.push(['', 'CPU ms', fmt(s.cpuMs.library), fmt(s.cpuMs.raw), s.cpuMs.ratio.toFixed(2), '', '']);
  }
  if (typeof python === 'string') rows.push(['python 1 token', '', python, '', '', '', '']);
  if (typeof pythonStartup === 'string') rows.push(['python token app vs import cdktf', '', pythonStartup, '', '', '', '']);
  const bHeader = opts.against ? `${opts.against} median (min–max)` : 'raw median (min–max)';
  let text = `\n${table(['case', 'measure', 'library median (min–max)', bHeader, 'ratio', 'target', 'runs'], rows)}\n`;
  if (scaling) {
    const s = scaling as { library: { constructPlusSynthRatio: number; exponent: number; wallRatio: number }; raw: typeof s.library };
    text += '\nscaling 1,000 → 5,000 tokens (construct + synth time; linear = 5.0×, exponent 1.0):\n';
    text += `  library ${s.library.constructPlusSynthRatio.toFixed(2)}× (exponent ${s.library.exponent.toFixed(2)}, wall ${s.library.wallRatio.toFixed(2)}×)\n`;
    text += `  raw     ${s.raw.constructPlusSynthRatio.toFixed(2)}× (exponent ${s.raw.exponent.toFixed(2)}, wall ${s.raw.wallRatio.toFixed(2)}×)\n`;
  }
  if (summaries.some((s) => s.case.startsWith('synth'))) {
    text += '\nsynth phases, median ms (library / raw):\n';
    for (const s of summaries.filter((x) => x.case.startsWith('synth'))) {
      const p = (side: 'library' | 'raw', n: string) => s.phasesMs[side][n]?.median.toFixed(0) ?? '-';
      text += `  ${s.case.padEnd(18)} import ${p('library', 'import')} / ${p('raw', 'import')}, construct ${p('library', 'construct')} / ${p('raw', 'construct')}, synth ${p('library', 'synth')} / ${p('raw', 'synth')}\n`;
    }
  }
  if (names) {
    const n = names as unknown as Record<string, { medianNs: number; minNs: number; maxNs: number }>;
    const us = (k: string) => `${(n[k].medianNs / 1000).toFixed(2)} µs (${(n[k].minNs / 1000).toFixed(2)}–${(n[k].maxNs / 1000).toFixed(2)})`;
    text += `\nname resolution (catalog of ${names.catalogSize} groups, in-process, per call, median of batches):\n`;
    text += `  catalog build (first use)         ${names.catalogBuildMs.toFixed(2)} ms\n`;
    text += `  API name, hit                     ${us('apiName')}\n`;
    text += `  dashboard spelling ("Edit"), hit  ${us('dashboardName')}\n`;
    text += `  miss + 3 closest names            ${us('missWithSuggestions')}\n`;
    text += `  renderPolicies, 2 policies        ${us('renderTwoPolicies')}\n`;
  }
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
  text += `\n${((Date.now() - started) / 1000).toFixed(0)} s total${build.built ? ' (lib/ rebuilt first)' : ''}${build.stale ? ' — lib/ is STALE (jsii build failed)' : ''}; `;
  text += `load average ${load(env.loadAverageAtStart)} at start, ${load(os.loadavg())} at end (${env.cores} cores)\n`;
  process.stdout.write(text);

  // Only a full, default run replaces the committed bench/results.json; quick and partial runs go to .work/.
  const complete = !opts.quick && !opts.against && opts.runs === undefined && !process.env.BENCH_LIB_DIR &&
    ['import', 'synth', 'names', 'python'].every((c) => opts.only.has(c)) && opts.sizes.join() === '1,100,1000,5000';
  if (opts.write && !opts.against) {
    const results = {
      machine: env,
      mode: complete ? 'full' : opts.quick ? 'quick' : 'partial',
      python: typeof python === 'object' || typeof python === 'string' ? python : undefined,
      pythonStartup,
      pythonInterpreter: opts.only.has('python') ? findPython() : undefined,
      lib: build,
      targets: { ...TARGETS, scaling: 'linear' },
      cases: summaries,
      scaling,
      names,
      profile,
      loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
      totalSeconds: (Date.now() - started) / 1000,
    };
    const file = complete ? path.join(ROOT, 'bench', 'results.json') : path.join(WORK, 'results.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${path.relative(ROOT, file)}`);
  }
}

main();
