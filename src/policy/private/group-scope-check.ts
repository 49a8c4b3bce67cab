import { PermissionGroupCatalog } from './permission-group-catalog';
import { ResourceTree } from './resource-tree';
import { SCOPE_ACCOUNT, SCOPE_ZONE, scopeOfResourceKey } from './scopes';
import { propName } from '../../core/python-names';
import { isUnresolved } from '../../core/terraform-text';
import { ValidationError } from '../../core/validation-error';

/** Where a group of the zone or the account scope belongs, written with the Resources helpers. */
function resourcesFor(scope: string): string {
  return scope === SCOPE_ZONE
    ? `zones: Resources.zone("<ZONE_ID>"), Resources.${propName('allZones')}() or Resources.${propName('zonesOfAccount')}("<ACCOUNT_ID>")`
    : 'an account: Resources.OWN_ACCOUNT or Resources.account("<ACCOUNT_ID>")';
}

/**
 * Refuses the two contradictions Cloudflare refuses at apply: a zone-scoped group (such as "DNS Write")
 * in a policy without a zone key, and an account-scoped group in a policy of zone keys only (a zone
 * nested under an account is a zone key). Checked only where every leaf key is a literal of a known
 * scope, and only for groups from the catalog: unknown keys, keys with tokens, groups looked up at plan
 * time and the other scopes (R2 buckets, users) pass untouched.
 */
export function checkGroupScopes(groupIds: readonly string[], tree: ResourceTree, label: string, catalog: PermissionGroupCatalog): void {
  const leaves = leafKeys(tree);
  const scopes = leaves.map((key) => (isUnresolved(key) ? undefined : scopeOfResourceKey(key)));
  if (scopes.some((scope) => scope === undefined)) return;
  const onlyZones = scopes.every((scope) => scope === SCOPE_ZONE);
  for (const id of groupIds) {
    const group = isUnresolved(id) ? undefined : catalog.groupWithId(id);
    if (group === undefined || group.scopes.length !== 1) continue;
    const [groupScope] = group.scopes;
    const contradicts = groupScope === SCOPE_ZONE ? !scopes.includes(SCOPE_ZONE) : groupScope === SCOPE_ACCOUNT && onlyZones;
    if (!contradicts) continue;
    const keys = leaves.map((key) => `"${key}"`).join(', ');
    throw new ValidationError(
      `permission group "${group.name}" (${group.id}) applies to ${groupScope} resources, but the policy's ` +
        `resources are ${[...new Set(scopes)].join(', ')} (${keys}). Put the group in a policy on ${resourcesFor(groupScope)}.`,
      label,
    );
  }
}

/** The keys that map to a value, with nested keys standing for themselves (a zone under an account is a zone). */
function leafKeys(tree: ResourceTree): string[] {
  return Object.keys(tree).flatMap((key) => {
    const value = tree[key];
    return typeof value === 'string' ? [key] : leafKeys(value);
  });
}
