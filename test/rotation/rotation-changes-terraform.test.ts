import { at, Deploy, deploy, deploySeries, DeployState, minutesOf } from './deploy-simulation';
import { TokenRotation } from '../../src';

/*
 * Changes of `rotation` on a deployed token, each deploy applied by real Terraform (deploy-simulation.ts).
 * The promise: the credentials current before an apply stay valid for at least the overlap (without an
 * overlap any more: until the next deploy), and nothing is disabled by the change itself. A change that
 * cannot keep it stops the plan with a precondition that says what to do.
 */
const HOUR = { every: '60m', overlap: '20m' };

/** The current token of `state`, its generation and state. */
const currentOf = (state: DeployState) => ({ slot: state.current, ...state.tokens[state.current]! });

/**
 * Checks the promise across `change`, the deploy that applied a new configuration after `before`: the
 * credentials current before are the same token after, active, and expire no earlier than `overlap`
 * minutes from now; every token active before that survives stays active unless its overlap had ended.
 */
function expectPromiseKept(before: DeployState, change: Deploy, overlap: number): void {
  const was = currentOf(before);
  const now = change.state.tokens[was.slot];
  expect(change.refused).toBeUndefined();
  expect(now?.generation).toBe(was.generation);
  expect(now?.status).toBe('active');
  if (now!.expires !== '') expect(minutesOf(now!.expires)).toBeGreaterThanOrEqual(change.minute + overlap);
  for (const slot of ['A', 'B'] as const) {
    const old = before.tokens[slot];
    const survived = change.state.tokens[slot];
    if (old?.status === 'active' && survived?.generation === old.generation) {
      const overlapEnded = before.handover?.previous_valid_until !== undefined && slot !== before.current
        && change.minute >= minutesOf(before.handover.previous_valid_until);
      if (!overlapEnded) expect({ slot, status: survived.status }).toEqual({ slot, status: 'active' });
    }
  }
}

/**
 * Over a series of deploys: the token current before each deploy survives it, active, expiring no earlier
 * than the overlap then configured from now, and is neither replaced nor disabled by any deploy inside
 * that overlap.
 */
function expectPromiseKeptThroughout(deploys: Deploy[]): void {
  for (let i = 1; i < deploys.length; i++) {
    if (deploys[i].refused) continue;
    const was = currentOf(deploys[i - 1].state);
    const overlap = Number(/^(\d+)m$/.exec(deploys[i].rotation?.overlap ?? '0m')![1]);
    expectPromiseKept(deploys[i - 1].state, deploys[i], overlap);
    for (const later of deploys.slice(i + 1).filter((d) => d.minute < deploys[i].minute + overlap)) {
      const token = later.state.tokens[was.slot];
      expect({ at: later.minute, generation: token?.generation, status: token?.status }).toEqual({ at: later.minute, generation: was.generation, status: 'active' });
    }
  }
}

describe('changing every on a deployed overlapping token (the issue: 5m/1m, then 2m)', () => {
  let deploys: Deploy[];
  beforeAll(() => {
    // B becomes current at 70; at 95 its overlap has ended (A disabled).
    deploys = deploySeries([[0, HOUR], [70, HOUR], [95, HOUR]]);
  }, 120_000);

  test('to 2m or to 31m it is refused at plan, with the steps: the next token would come due inside the overlap', () => {
    for (const every of ['24m', '31m', '59m']) {
      const refused = deploy(100, { every, overlap: '20m' }, deploys[2].state);
      expect(refused.refused).toMatch(new RegExp(`rotation\\.every "${every}" is shorter than the period the token's clocks were created with \\(60 minutes\\).*remove rotation\\.overlap`));
    }
  }, 60_000);

  test('the way round: remove the overlap once it is safe, then give the new every with the overlap; every deploy keeps the promise', () => {
    const shorter = { every: '24m', overlap: '10m' };
    const series = [...deploys];
    const step = (minute: number, rotation: TokenRotation) => series.push(deploy(minute, rotation, series[series.length - 1].state));
    step(100, { every: '60m' }); // refused: B is current
    step(121, HOUR); // A's turn
    step(142, { every: '60m' }); // A current, B's overlap over: removed
    step(150, shorter);
    for (let minute = 160; minute <= 300; minute += 10) step(minute, shorter);
    expect(series.map((d) => d.refused !== undefined)).toEqual(series.map((d) => d.minute === 100));
    expectPromiseKeptThroughout(series);
    const turns = new Set(series.map((d) => `${d.state.current}${d.state.tokens[d.state.current]!.generation}`));
    expect(turns.size).toBeGreaterThanOrEqual(7);
  }, 240_000);
});

describe('a longer every, a longer or shorter overlap, over many deploys', () => {
  test.each([
    [65, { every: '90m', overlap: '20m' }],
    [100, { every: '90m', overlap: '20m' }],
    [125, { every: '90m', overlap: '20m' }],
    [65, { every: '60m', overlap: '35m' }],
    [75, { every: '60m', overlap: '5m' }],
    [100, { every: '60m', overlap: '5m' }],
  ])('given at minute %i: %j, every deploy keeps the promise', (minute, changed) => {
    const series = deploySeries([[0, HOUR], [30, HOUR], [61, HOUR]]);
    // Deploys every 15 minutes: within every minus overlap of the tightest configuration.
    for (let m = minute; m <= minute + 300; m += 15) series.push(deploy(m, changed, series[series.length - 1].state));
    expect(series.map((d) => d.refused)).toEqual(series.map(() => undefined));
    expectPromiseKeptThroughout(series);
  }, 240_000);
});

describe('changing every the other way, and the overlap', () => {
  test('a longer every while the previous token is in its overlap: nothing moves, nothing is disabled', () => {
    const [, before, change] = deploySeries([[0, HOUR], [65, HOUR], [70, { every: '180m', overlap: '20m' }]]);
    expectPromiseKept(before.state, change, 20);
    expect(change.state.current).toBe(before.state.current);
    expect(change.state.tokens).toEqual(before.state.tokens);
  }, 60_000);

  test('a shorter overlap does not cut the previous token\'s overlap short; the next turn uses it', () => {
    const [, before, change, later, turn] = deploySeries([
      [0, HOUR], [65, HOUR], [70, { every: '60m', overlap: '5m' }], [80, { every: '60m', overlap: '5m' }], [121, { every: '60m', overlap: '5m' }],
    ]);
    expectPromiseKept(before.state, change, 5);
    expect(change.state.tokens.A!.status).toBe('active'); // previous since 65, until 85 as promised then
    expect(later.state.tokens.A!.status).toBe('active');
    expect(turn.state.current).toBe('A');
    expect(minutesOf(turn.state.handover!.previous_valid_until)).toBe(121 + 5);
  }, 60_000);

  test('a longer overlap given at a rotation: the token it makes previous lives through it', () => {
    const [, before, change] = deploySeries([[0, HOUR], [55, HOUR], [62, { every: '60m', overlap: '45m' }]]);
    expect(change.state.current).toBe('B');
    expectPromiseKept(before.state, change, 45);
    expect(minutesOf(change.state.tokens.A!.expires)).toBeGreaterThanOrEqual(62 + 45);
    expect(minutesOf(change.state.handover!.previous_valid_until)).toBe(62 + 45);
  }, 60_000);
});

describe('adding and removing the overlap', () => {
  test('adding it keeps the one token current and active; the second token starts as the spare', () => {
    const [before, change] = deploySeries([[0, { every: '60m' }], [30, HOUR]]);
    expectPromiseKept(before.state, change, 20);
    expect(change.state.current).toBe('A');
    expect(change.state.tokens.B!.status).toBe('active');
  }, 60_000);

  test('removing it while B is current is refused at plan, with the steps; after A\'s turn and its overlap it goes through', () => {
    const steps: Array<[number, TokenRotation]> = [[0, HOUR], [70, HOUR], [95, { every: '60m' }]];
    const [, current, refused] = deploySeries(steps);
    expect(current.state.current).toBe('B');
    expect(refused.refused).toMatch(/rotation\.overlap was removed while the token's second credentials are in use \(current token: B; .*Put rotation\.overlap back and deploy; remove it at a deploy after the first token is current again \(its turn: 2030-01-01T02:00:00Z\)/);
    expect(refused.state).toBe(current.state);
    // A's turn at 120; within its overlap, removing is still refused (B's keys are the previous ones).
    const turn = deploy(125, HOUR, current.state);
    expect(turn.state.current).toBe('A');
    expect(deploy(130, { every: '60m' }, turn.state).refused).toMatch(/current token: A; previous credentials valid until 2030-01-01T02:25:00Z/);
    const removed = deploy(146, { every: '60m' }, turn.state);
    expectPromiseKept(turn.state, removed, 0);
    expect(removed.state.tokens.B).toBeUndefined();
  }, 120_000);

  test('a token that never had an overlap is not held up', () => {
    const deploys = deploySeries([[0, { every: '60m' }], [61, { every: '60m' }], [62, { every: '30m' }]]);
    expect(deploys.map((d) => d.refused)).toEqual([undefined, undefined, undefined]);
    expect(deploys[1].state.tokens.A!.generation).not.toBe(deploys[0].state.tokens.A!.generation);
  }, 60_000);
});

describe('changing every without an overlap', () => {
  test('a much shorter every keeps the token until its turn: it neither moves back nor expires', () => {
    const [before, change, next] = deploySeries([[0, { every: '60m' }], [40, { every: '10m' }], [61, { every: '10m' }]]);
    expectPromiseKept(before.state, change, 0);
    expect(change.state.clocks.Rotation.due).toBe(at(60));
    expect(minutesOf(change.state.tokens.A!.expires)).toBeGreaterThan(60);
    expect(next.state.tokens.A!.generation).not.toBe(change.state.tokens.A!.generation);
    expect(next.state.clocks.Rotation.due).toBe(at(71));
  }, 60_000);
});


describe('a pair by version: changing the overlap, adding and removing it', () => {
  const byVersion = (version: string, overlap?: string): TokenRotation => (overlap === undefined ? { version } : { version, overlap });

  test('a shorter overlap does not cut the previous token\'s short; the next version uses it', () => {
    const series = deploySeries([
      [0, byVersion('1', '60m')], [10, byVersion('2', '60m')], [20, byVersion('2', '5m')], [69, byVersion('2', '5m')],
      [71, byVersion('2', '5m')], [80, byVersion('3', '5m')], [84, byVersion('3', '5m')], [86, byVersion('3', '5m')],
    ]);
    expect(series.map((d) => d.refused)).toEqual(series.map(() => undefined));
    const [, rotated, shorter, inOverlap, after, next, nextInOverlap, nextAfter] = series;
    expect(rotated.state.current).toBe('A');
    expectPromiseKept(rotated.state, shorter, 5);
    // B became previous at 10 with a 60-minute overlap: active through 69, disabled from 71.
    expect([shorter, inOverlap, after].map((d) => d.state.tokens.B!.status)).toEqual(['active', 'active', 'disabled']);
    expect(after.state.tokens.B!.generation).toBe(rotated.state.tokens.B!.generation);
    // Version 3 replaces B and records the new overlap: A is previous until 85.
    expect(next.state.current).toBe('B');
    expectPromiseKept(after.state, next, 5);
    expect(minutesOf(next.state.handover!.previous_valid_until)).toBe(85);
    expect([next, nextInOverlap, nextAfter].map((d) => d.state.tokens.A!.status)).toEqual(['active', 'active', 'disabled']);
  }, 120_000);

  test('a longer overlap neither revives a previous token already disabled nor changes the current one', () => {
    const [, , disabled, longer] = deploySeries([[0, byVersion('1', '5m')], [10, byVersion('2', '5m')], [20, byVersion('2', '5m')], [25, byVersion('2', '60m')]]);
    expect(disabled.state.tokens.B!.status).toBe('disabled');
    expectPromiseKept(disabled.state, longer, 60);
    expect(longer.state.tokens).toEqual(disabled.state.tokens);
  }, 60_000);

  test('adding the overlap keeps the current token valid through it (an odd version makes the second token current)', () => {
    for (const version of ['2', '3']) {
      const [before, added, inOverlap] = deploySeries([[0, byVersion(version)], [10, byVersion(version, '30m')], [39, byVersion(version, '30m')]]);
      expectPromiseKept(before.state, added, 30);
      expect(added.state.current).toBe(version === '2' ? 'A' : 'B');
      expect(inOverlap.state.tokens.A).toEqual({ ...before.state.tokens.A, status: 'active' });
    }
  }, 60_000);

  test('removing the overlap is refused while the second token is current or the first one\'s overlap runs, then goes through', () => {
    const [, second, refused] = deploySeries([[0, byVersion('2', '20m')], [10, byVersion('3', '20m')], [15, byVersion('3')]]);
    expect(second.state.current).toBe('B');
    expect(refused.refused).toMatch(/rotation\.overlap was removed while the token's second credentials are in use \(current token: B; .*its turn: the next even version/);
    const first = deploy(20, byVersion('4', '20m'), second.state);
    expect(first.state.current).toBe('A');
    expect(deploy(30, byVersion('4'), first.state).refused).toMatch(/current token: A; previous credentials valid until 2030-01-01T00:40:00Z/);
    const removed = deploy(41, byVersion('4'), first.state);
    expectPromiseKept(first.state, removed, 0);
    expect(removed.state.tokens.B).toBeUndefined();
  }, 120_000);
});

describe('removing the rotation', () => {
  test('the documented way from a pair: remove the overlap once it is safe, deploy, then the rotation; the current token stays', () => {
    for (const pair of [HOUR, { version: '2', overlap: '20m' }]) {
      const single: TokenRotation = 'every' in pair ? { every: pair.every } : { version: pair.version };
      const series = deploySeries([[0, pair], [25, single], [30, undefined], [200, undefined]]);
      expect(series.map((d) => d.refused)).toEqual(series.map(() => undefined));
      expectPromiseKeptThroughout(series);
      expect(series.map((d) => Object.keys(d.state.tokens))).toEqual([['A', 'B'], ['A'], ['A'], ['A']]);
      expect(series[3].state.tokens.A).toEqual({ ...series[0].state.tokens.A, expires: '' });
    }
  }, 120_000);
});
