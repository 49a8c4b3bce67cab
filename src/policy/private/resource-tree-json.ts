import { Fn } from 'cdktf';
import { ResourceTree, sortedKeys } from './resource-tree';
import { isUnresolved, splitOnTokens } from '../../core/terraform-text';

/**
 * The `resources` string of a policy, in the form Cloudflare returns it (compact JSON, keys sorted), so
 * that plans do not drift.
 *
 * Without tokens this is a literal string. With tokens (in keys or values), it is the Terraform expression
 * `jsonencode(zipmap([keys], [values]))`, nested as deep as the tree: cdktf's own `Fn.jsonencode` of an
 * object loses keys that contain tokens (cdktf issue 3525), while a list of keys keeps them, and Terraform's
 * `jsonencode` sorts object keys itself.
 */
export function encodeResources(tree: ResourceTree): string {
  if (!containsToken(tree)) return canonicalJson(tree);
  return Fn.jsonencode(zipTree(tree));
}

/** Compact JSON of the tree with keys sorted at every level; token strings stay in their encoded form. */
export function canonicalJson(tree: ResourceTree): string {
  const sorted = (node: ResourceTree): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const key of sortedKeys(node)) {
      const value = node[key];
      out[key] = typeof value === 'string' ? value : sorted(value);
    }
    return out;
  };
  return JSON.stringify(sorted(tree));
}

function zipTree(tree: ResourceTree): any {
  const keys = sortedKeys(tree);
  const values = keys.map((key) => {
    const value = tree[key];
    return typeof value === 'string' ? templateFree(value) : zipTree(value);
  });
  return Fn.zipmap(keys.map(templateFree), values);
}

/**
 * A string with embedded tokens as `join("", [literal, token, ...])`. Left as one string, cdktf renders it
 * as a template inside the function call, which works but makes cdktf print a warning about escape
 * sequences on every synth.
 */
export function templateFree(value: string): string {
  const parts = splitOnTokens(value);
  return parts.length === 1 ? parts[0] : Fn.join('', parts);
}

function containsToken(tree: ResourceTree): boolean {
  return Object.keys(tree).some((key) => {
    const value = tree[key];
    return isUnresolved(key) || (typeof value === 'string' ? isUnresolved(value) : containsToken(value));
  });
}
