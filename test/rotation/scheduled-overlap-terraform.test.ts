import { R2Access, R2BucketToken } from '../../src';
import { ACCOUNT_ID, synthJson } from '../support/synth';
import { applyAndReadOutputs } from '../support/terraform';

/*
 * The scheduled overlap, applied by real Terraform: the library's own expressions (B's clock, which token
 * is current, the expiries, the next rotation) are evaluated by `terraform apply` at each simulated deploy,
 * with the time_rotating clocks modelled as the time provider behaves: a clock past its rotation time is
 * re-created at the next apply (at that apply's time), and so is its token.
 */
const EVERY = 60; // minutes
const OVERLAP = 20;
const T0 = Date.parse('2030-01-01T00:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString().replace('.000Z', 'Z');
const minutesOf = (time: string) => (Date.parse(time) - T0) / 60_000;

const json = synthJson((stack) => new R2BucketToken(stack, 'reader', { accountId: ACCOUNT_ID, bucketName: 'assets', access: R2Access.READ, rotation: { every: `${EVERY}m`, overlap: `${OVERLAP}m` } }));
const [clockA, clockB] = Object.keys(json.resource.time_rotating);
const [tokenA, tokenB] = Object.keys(json.resource.cloudflare_account_token);

/** A synthesized `${...}` expression with the clocks and tokens replaced by locals, and the plan time by `now`. */
function asLocals(expression: string, now: string): string {
  return expression
    .replace(/^\$\{/, '')
    .replace(/\}$/, '')
    .replace(/^sensitive\((.*)\)$/, '$1')
    .replace(new RegExp(`time_rotating\\.${clockA}\\.(rfc3339|rotation_rfc3339)`, 'g'), (_, a) => `local.a_${a}`)
    .replace(new RegExp(`time_rotating\\.${clockB}\\.(rfc3339|rotation_rfc3339)`, 'g'), (_, a) => `local.b_${a}`)
    .replace(new RegExp(`cloudflare_account_token\\.${tokenA}\\.id`, 'g'), '"A"')
    .replace(new RegExp(`cloudflare_account_token\\.${tokenB}\\.id`, 'g'), '"B"')
    .replace(/plantimestamp\(\)/g, `"${now}"`);
}

interface Clock { readonly created: string; readonly due: string }
interface Deploy {
  readonly a: Clock;
  readonly b: Clock;
  readonly current: 'A' | 'B';
  readonly previous: 'A' | 'B';
  readonly expires: { A: string; B: string };
  readonly status: { A: string; B: string };
  readonly next: string;
}

/** One `cdktf deploy` at `minute`: clocks past due are re-created, then Terraform evaluates everything. */
function deploy(minute: number, before?: Deploy): Deploy {
  const now = at(minute);
  const aRenewed = !before || minute >= minutesOf(before.a.due);
  const bRenewed = !before || minute >= minutesOf(before.b.due);
  const a = aRenewed ? { created: now, due: at(minute + 2 * EVERY) } : before!.a;
  const tokens = json.resource.cloudflare_account_token;
  const outputs = applyAndReadOutputs({
    locals: {
      a_rfc3339: a.created,
      a_rotation_rfc3339: a.due,
      b_rfc3339: bRenewed ? now : before!.b.created,
      b_rotation_rfc3339: bRenewed ? `\${${asLocals(json.resource.time_rotating[clockB].rotation_rfc3339, now)}}` : before!.b.due,
    },
    output: {
      b_due: { value: '${local.b_rotation_rfc3339}' },
      current: { value: `\${${asLocals(json.output.reader_access_key_id.value, now)}}` },
      previous: { value: `\${${asLocals(json.output.reader_previous_access_key_id.value, now)}}` },
      expires_a: { value: `\${${asLocals(tokens[tokenA].expires_on, now)}}` },
      expires_b: { value: `\${${asLocals(tokens[tokenB].expires_on, now)}}` },
      next: { value: `\${${asLocals(json.output.reader_next_rotation.value, now)}}` },
      status_a: { value: `\${${asLocals(tokens[tokenA].status, now)}}` },
      status_b: { value: `\${${asLocals(tokens[tokenB].status, now)}}` },
    },
  });
  return {
    a,
    b: { created: bRenewed ? now : before!.b.created, due: outputs.b_due as string },
    current: outputs.current as 'A' | 'B',
    previous: outputs.previous as 'A' | 'B',
    expires: { A: outputs.expires_a as string, B: outputs.expires_b as string },
    status: { A: outputs.status_a as string, B: outputs.status_b as string },
    next: outputs.next as string,
  };
}

const created = (d: Deploy, slot: 'A' | 'B') => minutesOf(slot === 'A' ? d.a.created : d.b.created);

describe('scheduled overlap, evaluated by Terraform over a series of deploys', () => {
  // On time, then late by up to every - overlap (40 min), then a long pause.
  const minutes = [0, 10, 60, 61, 125, 185, 250, 290, 330, 600];
  const deploys: Deploy[] = [];
  beforeAll(() => {
    for (const minute of minutes) deploys.push(deploy(minute, deploys[deploys.length - 1]));
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
