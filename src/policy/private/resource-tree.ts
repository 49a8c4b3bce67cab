import { literalShape } from '../../core/terraform-text';

/** A policy's `resources`: each key maps to "*" or to a nested map of the same shape. */
export interface ResourceTree {
  [key: string]: ResourceValue;
}

/** "*" (or a cdktf string token), or a nested map. */
export type ResourceValue = string | ResourceTree;

/**
 * Keys of a map in the order every output of this library uses: by their literal text, with any cdktf
 * token compared as empty (its marker holds cdktf's global token counter, which depends on unrelated
 * code), and keys that still tie in the order they were given.
 */
export function sortedKeys(tree: ResourceTree): string[] {
  return stableSort(Object.keys(tree), (key) => literalShape(key, ''));
}

/** `items` sorted by `keyOf` (code-unit order); ties keep their input order. */
export function stableSort<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, key: keyOf(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ item }) => item);
}

/**
 * The tree as one tree per form: the keys mapped to "*" (or a token) and the keys holding nested maps,
 * or the tree itself when it has one form only.
 */
export function splitByForm(tree: ResourceTree): ResourceTree[] {
  const flat: ResourceTree = {};
  const nested: ResourceTree = {};
  for (const key of Object.keys(tree)) (typeof tree[key] === 'string' ? flat : nested)[key] = tree[key];
  return [flat, nested].filter((part) => Object.keys(part).length > 0);
}
