import { TerraformStack } from 'cdktf';
import { typePermissions } from './deploy-permission-table';
import { CloudflareElement, cloudflareElements } from './stack-elements';
import { ValidationError } from '../../core/validation-error';
import { CatalogGroup, PermissionGroupCatalog } from '../../policy/private/permission-group-catalog';
import { SCOPE_ACCOUNT, SCOPE_USER, SCOPE_ZONE } from '../../policy/private/scopes';

/**
 * Where a permission group applies. `id` is a literal id or Terraform text (`${...}`); an account
 * without an id is the account of the token that will hold the group.
 */
export interface Place {
  readonly kind: 'account' | 'zone' | 'zones-of-account' | 'user';
  readonly id?: string;
}

/** One permission group on one place, and what needs it. */
export interface GroupNeed {
  readonly group: CatalogGroup;
  readonly place: Place;
  /** `cdktf deploy` and `destroy` need it. */
  deploy: boolean;
  /** `cdktf diff` needs it. */
  plan: boolean;
  readonly types: Set<string>;
}

/** A type the table cannot answer for: counted as unknown, never left out. */
export interface UnknownType {
  readonly type: string;
  readonly kind: 'resource' | 'data-source';
  readonly reason: string;
  readonly paths: string[];
}

/** A type whose table row the derivation rule is unsure about. */
export interface UnsureType {
  readonly type: string;
  readonly kind: 'resource' | 'data-source';
  readonly reason: string;
  readonly source: string;
}

/** Everything a stack's Cloudflare types need. */
export interface StackNeeds {
  readonly stack: TerraformStack;
  readonly needs: GroupNeed[];
  readonly unknown: UnknownType[];
  readonly unsure: UnsureType[];
}

/** The permission groups each Cloudflare resource and data source of `stack` needs, and where. */
export function stackNeeds(stack: TerraformStack): StackNeeds {
  const needs = new Map<string, GroupNeed>();
  const unknown = new Map<string, UnknownType>();
  const unsure = new Map<string, UnsureType>();
  for (const element of cloudflareElements(stack)) {
    const row = typePermissions(element.kind, element.type);
    const key = `${element.kind}:${element.type}`;
    if (!row || row.changes === undefined || row.reading === undefined) {
      const reason = row ? `the table has no derived groups (${row.unsure}; ${row.source})` : 'the Cloudflare provider 5.24.0 docs have no page for this type';
      const entry = unknown.get(key) ?? { type: element.type, kind: element.kind, reason, paths: [] };
      entry.paths.push(element.path);
      unknown.set(key, entry);
      continue;
    }
    if (row.unsure !== undefined) unsure.set(key, { type: element.type, kind: element.kind, reason: row.unsure, source: row.source });
    const deployGroups = element.kind === 'resource' ? [...row.changes, ...row.reading.filter((name) => !grantedByWrite(name, row.changes!))] : row.reading;
    for (const name of deployGroups) addNeed(needs, element, name, { deploy: true, plan: false });
    for (const name of row.reading) addNeed(needs, element, name, { deploy: false, plan: true });
  }
  return { stack, needs: [...needs.values()], unknown: [...unknown.values()], unsure: [...unsure.values()] };
}

function addNeed(needs: Map<string, GroupNeed>, element: CloudflareElement, name: string, purpose: { deploy: boolean; plan: boolean }): void {
  const groups = groupsNamed(name);
  const place = placeFor(element, new Set(groups.flatMap((g) => g.scopes)));
  const scope = SCOPE_BY_PLACE[place.kind];
  const group = groups.find((g) => g.scopes.includes(scope)) ?? groups[0];
  const key = `${group.id} ${placeKey(place)}`;
  const need = needs.get(key) ?? { group, place, deploy: false, plan: false, types: new Set<string>() };
  need.deploy ||= purpose.deploy;
  need.plan ||= purpose.plan;
  need.types.add(element.type);
  needs.set(key, need);
}

/**
 * A family's Write group also reads: Cloudflare documents Edit (the API's Write) as "full CRUDL (create,
 * read, update, delete, list) access" (developers.cloudflare.com/api/tokens/create), and its API schema
 * (cloudflare/api-schemas openapi.json, `x-api-token-group`) lists the Write group beside the Read group on
 * read operations (checked for account and user tokens and R2). So a deploy token needs no Read group of a
 * family whose Write group it holds; the local API's enforcement proves it for the examples' types.
 */
function grantedByWrite(group: string, changes: readonly string[]): boolean {
  const family = / Read$/.test(group) ? group.slice(0, -' Read'.length) : undefined;
  return family !== undefined && changes.some((c) => c === `${family} Write` || c === `${family} Edit`);
}

const SCOPE_BY_PLACE: Record<Place['kind'], string> = {
  'account': SCOPE_ACCOUNT,
  'zone': SCOPE_ZONE,
  'zones-of-account': SCOPE_ZONE,
  'user': SCOPE_USER,
};

/** The catalog's groups of exactly this name (the table holds only names the catalog knows). */
function groupsNamed(name: string): CatalogGroup[] {
  const groups = PermissionGroupCatalog.default.all().filter((g) => g.name === name);
  if (groups.length === 0) throw new ValidationError(`"${name}" is not in the permission-group catalog; regenerate data/deploy-permissions.json`, 'deploy permissions');
  return groups;
}

/**
 * The narrowest place the element's arguments name for a group of these scopes: its zone, else its
 * account, else the zones of its account (creating a zone), else the user.
 */
export function placeFor(element: Pick<CloudflareElement, 'accountId' | 'zoneId'>, scopes: ReadonlySet<string>): Place {
  if (element.zoneId !== undefined && scopes.has(SCOPE_ZONE)) return { kind: 'zone', id: element.zoneId };
  if (scopes.has(SCOPE_ACCOUNT)) return { kind: 'account', id: element.accountId };
  if (scopes.has(SCOPE_ZONE)) return { kind: 'zones-of-account', id: element.accountId };
  return { kind: 'user' };
}

/**
 * A key for a place that is safe with cdktf tokens: ids are Terraform text, never token markers, and an
 * expression is written as `ref(<expression>)`.
 */
export function placeKey(place: Place): string {
  if (place.kind === 'user') return 'user';
  return `${place.kind}:${place.id === undefined ? '(the deploy token\'s own account)' : idKey(place.id)}`;
}

function idKey(id: string): string {
  const whole = /^\$\{([^{}]*)\}$/.exec(id);
  if (whole) return `ref(${whole[1]})`;
  return id.includes('${') ? `expr(${id})` : id;
}

/** True when an id is known at synth (no Terraform expression in it). */
export function isLiteralId(id: string | undefined): id is string {
  return id !== undefined && !id.includes('${');
}
