/**
 * Names of the public `PermissionGroups` constants. A group's constant is chosen once, when the group first
 * enters data/permission-groups.json, and stored there (`constant`); the generator only copies it. So a new
 * group that reuses an existing name never renames the existing constant: the newcomer gets the scope suffix.
 */

/** A permission group as data/permission-groups.json stores it. */
export interface DataGroup {
  readonly id: string;
  readonly name: string;
  /** The `PermissionGroups` member name; fixed once chosen. */
  readonly constant: string;
  readonly scopes: string[];
  readonly notes?: string[];
}

export const CONSTANT_PATTERN = /^[A-Z][A-Z0-9_]*$/;

const SCOPE_SUFFIX: Record<string, string> = {
  'com.cloudflare.api.account': 'ACCOUNT',
  'com.cloudflare.api.account.zone': 'ZONE',
  'com.cloudflare.api.user': 'USER',
  'com.cloudflare.edge.r2.bucket': 'R2_BUCKET',
};

const upperSnake = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');

/**
 * The constant for a group that has none yet: its name in UPPER_SNAKE, with its scopes as a suffix when that
 * is taken (or when `withScope`, for two new groups that share a name), and an error when even that is taken.
 */
export function newConstantName(
  group: { name: string; id: string; scopes: readonly string[] },
  taken: ReadonlySet<string>,
  withScope = false,
): string {
  let base = upperSnake(group.name);
  if (!/^[A-Z]/.test(base)) base = `GROUP_${base}`;
  const scoped = `${base}_${group.scopes.map((scope) => SCOPE_SUFFIX[scope] ?? upperSnake(scope)).join('_')}`;
  for (const candidate of withScope ? [scoped] : [base, scoped]) {
    if (!taken.has(candidate)) return candidate;
  }
  throw new Error(`permission group "${group.name}" (${group.id}): the constant names ${base} and ${scoped} are taken; set "constant" for it in data/permission-groups.json by hand`);
}
