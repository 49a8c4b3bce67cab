/** A policy's `resources`: each key maps to "*" or to a nested map of the same shape. */
export interface ResourceTree {
  [key: string]: ResourceValue;
}

/** "*" (or a cdktf string token), or a nested map. */
export type ResourceValue = string | ResourceTree;

/** Keys of a map in the order every output of this library uses. */
export function sortedKeys(tree: ResourceTree): string[] {
  return Object.keys(tree).sort();
}
