/** A policy as the provider's `policies` attribute holds it, `resources` decoded or not. */
export interface ProviderPolicy {
  readonly effect: string;
  readonly permission_groups: { id: string }[];
  readonly resources: string;
}

/**
 * What a policy list grants and denies, as `effect|group|resource path` triples: every permission group
 * of a policy on every leaf of its decoded `resources` (a nested key's path is `account > zone`).
 */
export function permissionsOf(policies: readonly { effect: string; groups: readonly string[]; resources: unknown }[]): Set<string> {
  const triples = new Set<string>();
  for (const policy of policies) {
    for (const path of leafPaths(policy.resources as Record<string, unknown>)) {
      for (const group of policy.groups) triples.add(`${policy.effect}|${group}|${path}`);
    }
  }
  return triples;
}

function leafPaths(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.keys(tree).flatMap((key) => {
    const value = tree[key];
    const path = prefix === '' ? key : `${prefix} > ${key}`;
    return typeof value === 'string' ? [`${path}=${value}`] : leafPaths(value as Record<string, unknown>, path);
  });
}

/** Terraform JSON outputs that show each policy's `resources`, named `<prefix>_<index>`. */
export function resourcesOutputs(policies: readonly ProviderPolicy[], prefix: string): Record<string, { value: string }> {
  return Object.fromEntries(policies.map((policy, index) => [`${prefix}_${index}`, { value: policy.resources }]));
}
