import { ResourceTree, ResourceValue } from './resource-tree';

/** A checked policy before its `resources` are encoded: permission group ids and a normalized tree. */
export interface MergeablePolicy {
  readonly effect: string;
  readonly groupIds: string[];
  readonly tree: ResourceTree;
}

/**
 * How two strings compare: literals as themselves, strings with cdktf tokens as the Terraform expression
 * they resolve to (the same attribute read twice gives two token markers but one expression).
 */
export type Identity = (value: string) => string;

/**
 * The shortest equivalent policy list, in a stable order. Policies of one effect merge when they name the
 * same resources (their groups are united) or the same groups (their resources are united, where the two
 * trees do not give one key two different values), until nothing merges. The result depends only on the
 * set of distinct policies, not on how often or in which order each was given.
 */
export function mergePolicies(policies: readonly MergeablePolicy[], identity: Identity): MergeablePolicy[] {
  let current = policies.map((policy) => withGroups(policy, policy.groupIds, identity));
  for (;;) {
    const merged = mergeSameGroups(mergeSameResources(current, identity), identity);
    if (merged.length === current.length) return sortPolicies(merged, identity);
    current = merged;
  }
}

/** Canonical JSON of a tree, with every key and value compared by identity and keys sorted. */
export function treeIdentity(tree: ResourceTree, identity: Identity): string {
  const canonical = (node: ResourceTree): Record<string, unknown> => {
    const entries = Object.keys(node).map((key) => {
      const value = node[key];
      return [identity(key), typeof value === 'string' ? identity(value) : canonical(value)] as const;
    });
    entries.sort(([a], [b]) => compare(a, b));
    return Object.fromEntries(entries);
  };
  return JSON.stringify(canonical(tree));
}

function mergeSameResources(policies: MergeablePolicy[], identity: Identity): MergeablePolicy[] {
  const byResources = new Map<string, MergeablePolicy>();
  for (const policy of policies) {
    const key = `${identity(policy.effect)}|${treeIdentity(policy.tree, identity)}`;
    const seen = byResources.get(key);
    byResources.set(key, seen ? withGroups(seen, [...seen.groupIds, ...policy.groupIds], identity) : policy);
  }
  return [...byResources.values()];
}

function mergeSameGroups(policies: MergeablePolicy[], identity: Identity): MergeablePolicy[] {
  const byGroups = new Map<string, MergeablePolicy[]>();
  for (const policy of sortPolicies(policies, identity)) {
    const key = `${identity(policy.effect)}|${groupsIdentity(policy, identity)}`;
    const merged = byGroups.get(key) ?? [];
    const target = merged.findIndex((candidate) => mergeTrees(candidate.tree, policy.tree, identity) !== undefined);
    if (target < 0) merged.push(policy);
    else merged[target] = { ...merged[target], tree: mergeTrees(merged[target].tree, policy.tree, identity)! };
    byGroups.set(key, merged);
  }
  return [...byGroups.values()].flat();
}

/** The union of two trees, or undefined when they give one key two different values ("*" and a map). */
function mergeTrees(a: ResourceTree, b: ResourceTree, identity: Identity): ResourceTree | undefined {
  const out: ResourceTree = { ...a };
  const keyOf = new Map(Object.keys(a).map((key) => [identity(key), key]));
  for (const key of Object.keys(b)) {
    const existingKey = keyOf.get(identity(key));
    if (existingKey === undefined) {
      out[key] = b[key];
      keyOf.set(identity(key), key);
      continue;
    }
    const merged = mergeValues(out[existingKey], b[key], identity);
    if (merged === undefined) return undefined;
    out[existingKey] = merged;
  }
  return out;
}

function mergeValues(a: ResourceValue, b: ResourceValue, identity: Identity): ResourceValue | undefined {
  if (typeof a === 'string' || typeof b === 'string') {
    return typeof a === 'string' && typeof b === 'string' && identity(a) === identity(b) ? a : undefined;
  }
  return mergeTrees(a, b, identity);
}

function withGroups(policy: MergeablePolicy, groupIds: string[], identity: Identity): MergeablePolicy {
  const byIdentity = new Map<string, string>();
  for (const id of groupIds) if (!byIdentity.has(identity(id))) byIdentity.set(identity(id), id);
  const sorted = [...byIdentity.keys()].sort(compare).map((key) => byIdentity.get(key)!);
  return { ...policy, groupIds: sorted };
}

function groupsIdentity(policy: MergeablePolicy, identity: Identity): string {
  return policy.groupIds.map(identity).join(',');
}

function sortPolicies(policies: MergeablePolicy[], identity: Identity): MergeablePolicy[] {
  return policies
    .map((policy) => ({ policy, key: `${identity(policy.effect)}|${treeIdentity(policy.tree, identity)}|${groupsIdentity(policy, identity)}` }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ policy }) => policy);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
