import { mayBeEqual } from './key-overlap';
import { ResourceTree, ResourceValue } from './resource-tree';
import { isUnresolved } from '../../core/terraform-text';

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
  let current = policies.map((policy) => keyed(policy, policy.groupIds, policy.tree, identity));
  for (;;) {
    const merged = mergeSameGroups(mergeSameResources(current, identity), identity);
    if (merged.length === current.length) return sortPolicies(merged).map(({ effect, groupIds, tree }) => ({ effect, groupIds, tree }));
    current = merged;
  }
}

/**
 * The tree with keys that are the same for certain (by `identity`: the same attribute read twice gives
 * two token markers) united into one, their values merged; Terraform would otherwise keep only one of
 * them. Keys whose values cannot be merged ("*" and a map) stay apart (the plan-time key check stops them).
 */
export function uniteEqualKeys(tree: ResourceTree, identity: Identity): ResourceTree {
  const out: ResourceTree = {};
  const keyOf = new Map<string, string>();
  for (const key of Object.keys(tree)) {
    const value = typeof tree[key] === 'string' ? tree[key] : uniteEqualKeys(tree[key] as ResourceTree, identity);
    const existingKey = keyOf.get(identity(key));
    const merged = existingKey === undefined ? undefined : mergeValues(out[existingKey], value, identity);
    if (existingKey !== undefined && merged !== undefined) {
      out[existingKey] = merged;
      continue;
    }
    out[key] = value;
    if (existingKey === undefined) keyOf.set(identity(key), key);
  }
  return out;
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

/** A policy with its comparison keys, computed once per (merged) policy. */
interface Keyed extends MergeablePolicy {
  readonly byResources: string;
  readonly byGroups: string;
  readonly order: string;
}

function keyed(policy: MergeablePolicy, groupIds: string[], tree: ResourceTree, identity: Identity): Keyed {
  // Group ids that are still tokens (plan-time look-ups) come after the literal ones.
  const byIdentity = new Map<string, string>();
  for (const id of groupIds) {
    const key = isUnresolved(id) ? `~${identity(id)}` : id;
    if (!byIdentity.has(key)) byIdentity.set(key, id);
  }
  const groupKeys = [...byIdentity.keys()].sort(compare);
  const effect = identity(policy.effect);
  const treeKey = treeIdentity(tree, identity);
  const groupsKey = groupKeys.join(',');
  return {
    effect: policy.effect,
    groupIds: groupKeys.map((key) => byIdentity.get(key)!),
    tree,
    byResources: `${effect}|${treeKey}`,
    byGroups: `${effect}|${groupsKey}`,
    order: `${effect}|${treeKey}|${groupsKey}`,
  };
}

function mergeSameResources(policies: Keyed[], identity: Identity): Keyed[] {
  const byResources = new Map<string, Keyed>();
  for (const policy of policies) {
    const seen = byResources.get(policy.byResources);
    byResources.set(policy.byResources, seen ? keyed(seen, [...seen.groupIds, ...policy.groupIds], seen.tree, identity) : policy);
  }
  return [...byResources.values()];
}

function mergeSameGroups(policies: Keyed[], identity: Identity): Keyed[] {
  const byGroups = new Map<string, Keyed[]>();
  for (const policy of sortPolicies(policies)) {
    const merged = byGroups.get(policy.byGroups) ?? [];
    let placed = false;
    for (let i = 0; i < merged.length && !placed; i++) {
      if (formOf(merged[i].tree) !== formOf(policy.tree)) continue;
      const tree = mergeTrees(merged[i].tree, policy.tree, identity);
      if (tree !== undefined) {
        merged[i] = keyed(merged[i], merged[i].groupIds, tree, identity);
        placed = true;
      }
    }
    if (!placed) merged.push(policy);
    byGroups.set(policy.byGroups, merged);
  }
  return [...byGroups.values()].flat();
}

/**
 * Whether a tree maps keys to "*" (flat), to nested maps (nested), or both. Cloudflare's schema takes
 * `resources` as one or the other, so merging never unites a flat tree with a nested one.
 */
function formOf(tree: ResourceTree): 'flat' | 'nested' | 'mixed' {
  const values = Object.values(tree);
  if (values.every((value) => typeof value === 'string')) return 'flat';
  return values.every((value) => typeof value !== 'string') ? 'nested' : 'mixed';
}

/**
 * The union of two trees, or undefined when they give one key two different values ("*" and a map), or
 * when a key of one may turn out at plan time to equal a different key of the other: Terraform would keep
 * only one of the two, so such policies stay apart.
 */
function mergeTrees(a: ResourceTree, b: ResourceTree, identity: Identity): ResourceTree | undefined {
  const out: ResourceTree = { ...a };
  const keyOf = new Map(Object.keys(a).map((key) => [identity(key), key]));
  for (const key of Object.keys(b)) {
    const existingKey = keyOf.get(identity(key));
    if (existingKey === undefined) {
      if (Object.keys(out).some((other) => mayBeEqual(other, key))) return undefined;
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

function sortPolicies(policies: Keyed[]): Keyed[] {
  return [...policies].sort((a, b) => compare(a.order, b.order));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
