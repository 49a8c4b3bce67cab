/**
 * Name resolution microbenchmark, in one process: the catalog's look-up of every name it holds, of the
 * same names in dashboard spelling ("Edit" for "Write"), of a miss (which ranks the closest names by edit
 * distance), and `renderPolicies` of the synth case's two policies. Prints per-call times.
 */
import { performance } from 'perf_hooks';
import { ACCOUNT_ID, PROFILES } from './fixture';
import { LIB_DIR, mark, note } from './report';
import type * as Catalog from '../../src/policy/private/permission-group-catalog';
import type * as Renderer from '../../src/policy/private/policy-renderer';

/* eslint-disable @typescript-eslint/no-require-imports */
const { PermissionGroupCatalog } = require(`${LIB_DIR}/policy/private/permission-group-catalog`) as typeof Catalog;
const { renderPolicies } = require(`${LIB_DIR}/policy/private/policy-renderer`) as typeof Renderer;
mark('import');

const budgetMs = Number(process.env.BENCH_NAMES_BUDGET_MS ?? 300);
const batches = Number(process.env.BENCH_NAMES_BATCHES ?? 7);

const t0 = performance.now();
const catalog = PermissionGroupCatalog.default;
note('catalogBuildMs', performance.now() - t0);

const groups = catalog.all();
const apiNames = groups.map((g) => [g.name, g.scopes[0]] as const);
const dashboardNames = apiNames.map(([name, scope]) => [name.replace(/\bWrite\b/g, 'Edit'), scope] as const);
const misses = ['Zone Raed', 'DNS Writ', 'Workers Script Edit', 'R2 Storage Write', 'Acount Settings Read'];
const policies = [
  { effect: 'allow', permissionGroups: PROFILES[0].zoneNames, resources: { 'com.cloudflare.api.account.zone.*': '*' } },
  { effect: 'allow', permissionGroups: PROFILES[0].accountNames, resources: { 'com.cloudflare.api.account': '*' } },
];

let sink = 0;
/** Runs `body` (which makes `callsPerRound` look-ups) in batches of about budget/batches ms; ns per call. */
function measure(callsPerRound: number, body: () => void): { medianNs: number; minNs: number; maxNs: number; calls: number } {
  // Calibrate: how many rounds fit in one batch.
  let rounds = 1;
  for (;;) {
    const start = performance.now();
    for (let r = 0; r < rounds; r++) body();
    const elapsed = performance.now() - start;
    if (elapsed > budgetMs / batches / 4 || rounds > 1e7) {
      rounds = Math.max(1, Math.round((rounds * (budgetMs / batches)) / Math.max(elapsed, 0.001)));
      break;
    }
    rounds *= 4;
  }
  const perCall: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let r = 0; r < rounds; r++) body();
    perCall.push(((performance.now() - start) * 1e6) / (rounds * callsPerRound));
  }
  perCall.sort((a, b) => a - b);
  return {
    medianNs: perCall[Math.floor(perCall.length / 2)],
    minNs: perCall[0],
    maxNs: perCall[perCall.length - 1],
    calls: rounds * callsPerRound * batches,
  };
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`names bench: ${what}`);
}
check(apiNames.every(([n, s]) => catalog.lookup(n, s).kind === 'found'), 'an API name did not resolve');
check(dashboardNames.every(([n, s]) => catalog.lookup(n, s).kind === 'found'), 'a dashboard name did not resolve');
check(misses.every((n) => catalog.lookup(n).kind === 'unknown'), 'a miss resolved');

const results = {
  catalogSize: groups.length,
  apiName: measure(apiNames.length, () => {
    for (const [name, scope] of apiNames) sink += catalog.lookup(name, scope).kind.length;
  }),
  dashboardName: measure(dashboardNames.length, () => {
    for (const [name, scope] of dashboardNames) sink += catalog.lookup(name, scope).kind.length;
  }),
  missWithSuggestions: measure(misses.length, () => {
    for (const name of misses) sink += catalog.lookup(name).kind.length + catalog.closestNames(name, 3).length;
  }),
  renderTwoPolicies: measure(1, () => {
    sink += renderPolicies(policies, { owner: { label: 'bench', accountId: ACCOUNT_ID } }).length;
  }),
  missSuggestions: Object.fromEntries(misses.map((n) => [n, catalog.closestNames(n, 3)])),
};
note('names', results);
note('sink', sink);
mark('run');
