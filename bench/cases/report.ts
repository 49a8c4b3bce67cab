/**
 * Child-side helper of the benchmark: records named phases and prints one `BENCH_RESULT {...}` line at
 * exit with the phases, the peak RSS of this process (`process.resourceUsage().maxRSS`) and heap use.
 * Only Node built-ins here, so that it adds nothing measurable to the import case.
 */
import { performance } from 'perf_hooks';

const phases: Record<string, number> = {};
const extra: Record<string, unknown> = {};
let last = performance.now();

/** Ends the current phase under `name`: milliseconds since the previous mark (or process start). */
export function mark(name: string): void {
  const now = performance.now();
  phases[name] = (phases[name] ?? 0) + (now - last);
  last = now;
}

/** Adds a value to the result line. */
export function note(key: string, value: unknown): void {
  extra[key] = value;
}

process.on('exit', () => {
  const usage = process.resourceUsage();
  const result = {
    maxRssKb: usage.maxRSS,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    heapUsedMb: process.memoryUsage().heapUsed / 1048576,
    // Time from process start (before any module loaded) to the start of this script.
    bootMs: performance.nodeTiming.bootstrapComplete,
    phases,
    ...extra,
  };
  process.stdout.write(`\nBENCH_RESULT ${JSON.stringify(result)}\n`);
});

/** The compiled library directory, as the parent passes it (a patched copy can stand in for it). */
export const LIB_DIR = process.env.BENCH_LIB_DIR ?? `${__dirname}/../../../lib`;
