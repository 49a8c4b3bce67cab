import { readFileSync } from 'fs';
import { join } from 'path';
import { App, TerraformDataSource, TerraformResource, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { DeployAccess, DeployToken } from '../../src';

// An oracle independent of src/deploy: it reads the committed table and the catalog data files directly.
const TABLE = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'deploy-permissions.json'), 'utf8'));
const CATALOG: { id: string; name: string; scopes: string[] }[] = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'data', 'permission-groups.json'), 'utf8'),
).groups;
const ACCOUNT = 'com.cloudflare.api.account';
const ZONE = 'com.cloudflare.api.account.zone';
const OWN = '0123456789abcdef0123456789abcdef';
const ZONES = ['11111111111111111111111111111111', '22222222222222222222222222222222', '33333333333333333333333333333333'];

interface Row { type: string; kind: 'resource' | 'data-source'; changes: string[] | null; reading: string[] | null }
const scopesOf = (name: string) => new Set(CATALOG.filter((g) => g.name === name).flatMap((g) => g.scopes));
// Types an account-owned token can serve: every derived group has an account or zone scope.
const ROWS: Row[] = TABLE.rows.filter(
  (r: Row) => r.changes !== null && [...r.changes!, ...r.reading!].every((n) => scopesOf(n).has(ACCOUNT) || scopesOf(n).has(ZONE)),
);

class AnyResource extends TerraformResource {
  public constructor(scope: Construct, id: string, type: string, private readonly args: Record<string, unknown>) {
    super(scope, id, { terraformResourceType: type });
  }
  protected synthesizeAttributes(): Record<string, unknown> {
    return this.args;
  }
}
class AnyDataSource extends TerraformDataSource {
  public constructor(scope: Construct, id: string, type: string, private readonly args: Record<string, unknown>) {
    super(scope, id, { terraformResourceType: type });
  }
  protected synthesizeAttributes(): Record<string, unknown> {
    return this.args;
  }
}

/** A small deterministic pseudo-random stream (Park-Miller), so that every run checks the same cases. */
function stream(start: number): (n: number) => number {
  let state = start;
  return (n) => {
    state = (state * 48271) % 2147483647;
    return state % n;
  };
}

interface Element { row: Row; accountId?: string; zoneId?: string }

/** The (place, group id) pairs the oracle expects for `access`. */
function expectedPairs(elements: Element[], access: string): Set<string> {
  const pairs = new Set<string>();
  for (const { row, accountId, zoneId } of elements) {
    // A family's Write group reads too: deploying holds a Read group only when the changes hold no Write group of its family.
    const coveredByWrite = (name: string) => name.endsWith(' Read') && row.changes!.some((c) => c === `${name.slice(0, -5)} Write` || c === `${name.slice(0, -5)} Edit`);
    const names = access === 'plan' ? row.reading! : row.kind === 'resource' ? [...row.changes!, ...row.reading!.filter((n) => !coveredByWrite(n))] : row.reading!;
    for (const name of names) {
      const scopes = scopesOf(name);
      let place: string; let scope: string;
      if (zoneId && scopes.has(ZONE)) [place, scope] = [`zone:${zoneId}`, ZONE];
      else if (scopes.has(ACCOUNT)) [place, scope] = [`account:${accountId ?? OWN}`, ACCOUNT];
      else [place, scope] = [`zones:${accountId ?? OWN}`, ZONE];
      const group = CATALOG.find((g) => g.name === name && g.scopes.includes(scope))!;
      pairs.add(`${place} ${group.id}`);
    }
  }
  return pairs;
}

/** The (place, group id) pairs a synthesized token holds. */
function heldPairs(token: DeployToken): { pairs: Set<string>; policyCount: number; places: string[] } {
  const json = JSON.parse(Testing.synth(TerraformStack.of(token)));
  const policies = (Object.values(json.resource.cloudflare_account_token)[0] as any).policies;
  const pairs = new Set<string>();
  const places: string[] = [];
  for (const policy of policies) {
    expect(policy.effect).toBe('allow');
    const resources = JSON.parse(policy.resources);
    const keys = Object.entries(resources).flatMap(([k, v]) => (typeof v === 'object' ? Object.keys(v as object).map((inner) => [k, inner]) : [[k]]));
    for (const key of keys) {
      const last = key[key.length - 1];
      const place = last === `${ZONE}.*` ? `zones:${key[0].slice(ACCOUNT.length + 1)}` : last.startsWith(`${ZONE}.`) ? `zone:${last.slice(ZONE.length + 1)}` : `account:${last.slice(ACCOUNT.length + 1)}`;
      places.push(place);
      for (const g of policy.permission_groups) pairs.add(`${place} ${g.id}`);
    }
  }
  return { pairs, policyCount: policies.length, places };
}

describe('DeployToken holds exactly the union of what random stacks need (200 cases per access)', () => {
  for (const access of [DeployAccess.DEPLOY, DeployAccess.PLAN]) {
    test(access, () => {
      const next = stream(access === 'deploy' ? 21 : 42);
      for (let round = 0; round < 200; round++) {
        const app = new App();
        const stacks = [new TerraformStack(app, 'a'), new TerraformStack(app, 'b')];
        const elements: Element[] = [];
        for (let i = 0, n = 1 + next(6); i < n; i++) {
          const row = ROWS[next(ROWS.length)];
          const accountId = next(3) === 0 ? undefined : OWN;
          const zoneId = next(2) === 0 ? undefined : ZONES[next(ZONES.length)];
          const args = { ...(accountId ? { account_id: accountId } : {}), ...(zoneId ? { zone_id: zoneId } : {}) };
          const stack = stacks[next(2)];
          if (row.kind === 'resource') new AnyResource(stack, `e${i}`, row.type, args);
          else new AnyDataSource(stack, `e${i}`, row.type, args);
          elements.push({ row, accountId, zoneId });
        }
        const token = new DeployToken(new TerraformStack(app, 'bootstrap'), 'ci', { stacks, access, accountId: OWN });
        const held = heldPairs(token);
        const expected = expectedPairs(elements, access);
        expect({ round, pairs: [...held.pairs].sort() }).toEqual({ round, pairs: [...expected].sort() });
        // Merged: no place appears in two policies.
        expect(new Set(held.places).size).toBe(held.places.length);
      }
    });
  }
});
