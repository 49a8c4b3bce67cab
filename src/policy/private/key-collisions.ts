import { Fn, Op, Token } from 'cdktf';
import { mayBeEqual } from './key-overlap';
import { ResourceTree, sortedKeys } from './resource-tree';
import { templateFree } from './resource-tree-json';
import { literalText } from '../../core/terraform-text';

/** A Terraform precondition on the token resource, in cdktf's `TerraformResourceLifecycle` shape. */
export interface KeyCheck {
  readonly condition: string;
  readonly errorMessage: string;
}

/**
 * Preconditions that stop the plan when two keys of one map of `tree` resolve to the same text.
 * `jsonencode(zipmap(keys, values))` keeps only the last of two equal keys, silently; a deny on all zones
 * could so become a deny on one. Only maps holding a pair of keys that may be equal get a check (keys
 * that are literals, or whose literal parts can never line up, need none). `describe` gives a key as the
 * user wrote it, with each token as the Terraform expression it stands for.
 */
export function keyCollisionChecks(tree: ResourceTree, label: string, describe: (key: string) => string, path = 'resources'): KeyCheck[] {
  const keys = sortedKeys(tree);
  const pairs: [string, string][] = [];
  keys.forEach((a, i) => keys.slice(i + 1).forEach((b) => mayBeEqual(a, b) && pairs.push([a, b])));
  const nested = keys.flatMap((key) => {
    const value = tree[key];
    return typeof value === 'string' ? [] : keyCollisionChecks(value, label, describe, `${path}["${describe(key)}"]`);
  });
  if (pairs.length === 0) return nested;
  const rendered = keys.map(templateFree);
  const condition = Token.asString(Op.eq(Fn.lengthOf(Fn.distinct(rendered)), keys.length));
  const named = pairs.map(([a, b]) => `${asWritten(a, describe)} and ${asWritten(b, describe)}`).join('; or ');
  const errorMessage =
    `${literalText(label)}: two keys of ${literalText(path)} resolve to the same resource at plan time: ${named}. ` +
    'Terraform would keep only one of them, and the policy would cover less than written. Give each resource once, ' +
    'or put the two keys in separate policies.';
  return [{ condition, errorMessage }, ...nested];
}

/** The key as written, and (when it holds tokens) what it resolves to at plan time. */
function asWritten(key: string, describe: (key: string) => string): string {
  const written = `"${literalText(describe(key))}"`;
  return describe(key) === key ? written : `${written} (= "${literalText(key)}")`;
}
