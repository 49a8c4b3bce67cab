import { at, deploySeries, DeployState, minutesOf, Slot } from './deploy-simulation';

/*
 * The scheduled overlap, applied by real Terraform over a series of deploys with one configuration
 * (deploy-simulation.ts: the library's expressions are evaluated by `terraform apply` at each simulated
 * deploy, with the time_rotating clocks modelled as the time provider behaves).
 */
const EVERY = 60; // minutes
const OVERLAP = 20;
const ROTATION = { every: `${EVERY}m`, overlap: `${OVERLAP}m` };

interface Deploy {
  readonly a: { created: string; due: string };
  readonly b: { created: string; due: string };
  readonly current: Slot;
  readonly previous: Slot;
  readonly expires: { A: string; B: string };
  readonly status: { A: string; B: string };
  readonly next: string;
}

const summary = (state: DeployState): Deploy => ({
  a: state.clocks.RotationA,
  b: state.clocks.RotationB,
  current: state.current,
  previous: state.previous!,
  expires: { A: state.tokens.A!.expires, B: state.tokens.B!.expires },
  status: { A: state.tokens.A!.status, B: state.tokens.B!.status },
  next: state.next!,
});

const created = (d: Deploy, slot: 'A' | 'B') => minutesOf(slot === 'A' ? d.a.created : d.b.created);

describe('scheduled overlap, evaluated by Terraform over a series of deploys', () => {
  // On time, then late by up to every - overlap (40 min), then a long pause.
  const minutes = [0, 10, 60, 61, 125, 185, 250, 290, 330, 600];
  const deploys: Deploy[] = [];
  beforeAll(() => {
    deploys.push(...deploySeries(minutes.map((minute) => [minute, ROTATION] as const)).map((d) => summary(d.state)));
  }, 120_000);

  test('the first deploy makes A current; B is spare and rotates first, one period later', () => {
    const [first] = deploys;
    expect(first.current).toBe('A');
    expect(first.next).toBe(at(EVERY));
    expect(first.b.due).toBe(at(EVERY));
    expect(first.expires.A).toBe(at(2 * EVERY + OVERLAP));
    expect(first.status).toEqual({ A: 'active', B: 'active' });
  });

  test('each deploy makes the newest token current', () => {
    expect(deploys.map((d) => d.current)).toEqual(['A', 'A', 'B', 'B', 'A', 'B', 'A', 'A', 'B', 'A']);
    for (const d of deploys) expect(created(d, d.current)).toBeGreaterThanOrEqual(created(d, d.previous));
  });

  test('after every rotation the previous credentials stay valid for the overlap; the first deploy after it disables them', () => {
    // Every deploy but the last comes at most every - overlap after a rotation fell due.
    for (let i = 1; i < deploys.length - 1; i++) {
      const [before, after] = [deploys[i - 1], deploys[i]];
      if (after.current === before.current) continue;
      const rotatedAt = minutes[i];
      const previous = before.current;
      expect(after.previous).toBe(previous);
      expect(created(after, previous)).toBe(created(before, previous)); // not replaced by this deploy
      expect(after.status[previous]).toBe('active');
      for (let j = i + 1; j < deploys.length && created(deploys[j], previous) === created(before, previous); j++) {
        const expected = minutes[j] >= rotatedAt + OVERLAP ? 'disabled' : 'active';
        expect({ at: minutes[j], status: deploys[j].status[previous] }).toEqual({ at: minutes[j], status: expected });
      }
      // No later deploy replaces it before the overlap ends.
      const replacedAt = minutes.slice(i + 1).find((_, j) => created(deploys[i + 1 + j], previous) !== created(before, previous));
      if (replacedAt !== undefined) expect(replacedAt).toBeGreaterThanOrEqual(rotatedAt + OVERLAP);
    }
  });

  test('the current token is active; each expires overlap after its clock\'s rotation, at most two periods and the overlap after creation', () => {
    for (const d of deploys) {
      expect(d.status[d.current]).toBe('active');
      for (const [slot, clock] of [['A', d.a], ['B', d.b]] as const) {
        expect(minutesOf(d.expires[slot])).toBe(minutesOf(clock.due) + OVERLAP);
        expect(minutesOf(clock.due)).toBeLessThanOrEqual(minutesOf(clock.created) + 2 * EVERY);
      }
    }
  });

  test('the next rotation is the other token\'s turn', () => {
    for (const d of deploys) expect(d.next).toBe((d.current === 'A' ? d.b : d.a).due);
  });

  test('after a pause longer than the tokens live, one deploy renews both, half a cycle apart again', () => {
    const last = deploys[deploys.length - 1];
    expect([last.a.created, last.b.created]).toEqual([at(600), at(600)]);
    expect(minutesOf(last.b.due) - minutesOf(last.a.created)).toBe(EVERY);
  });
});
