import { MAX_RESOURCE_DEPTH, validateResourceKey } from './resource-key';
import { ResourceTree, ResourceValue, sortedKeys } from './resource-tree';
import { SCOPE_ACCOUNT, SCOPE_ZONE, scopeOfResourceKey } from './scopes';
import { TokenOwner } from './token-owner';
import { isUnresolved } from '../../core/terraform-text';
import { ValidationError } from '../../core/validation-error';
import { HEX32_PATTERN } from '../../validation/identifiers';

/**
 * Checks a policy's `resources` and rewrites it into what Cloudflare accepts for the owner:
 * the bare `com.cloudflare.api.account` key becomes the owner's account, and for account-owned tokens
 * top-level zone keys are nested under the owner's account. Unknown keys pass through untouched.
 */
export function normalizeResources(resources: unknown, owner: TokenOwner): ResourceTree {
  const tree = checkTree(resources, owner.label, 'resources');
  const expanded = expandOwnAccount(tree, owner);
  const normalized = owner.accountId === undefined ? expanded : nestTopLevelZones(expanded, owner.accountId, owner.label);
  checkDepth(normalized, owner.label, 'resources', 1);
  if (owner.accountId !== undefined) checkOwnAccount(normalized, owner.accountId, owner.label);
  return normalized;
}

// Literal keys that name one account: the account itself, or an R2 bucket of it.
const ACCOUNT_OF_KEY = new RegExp(`^(?:com\\.cloudflare\\.api\\.account\\.(${HEX32_PATTERN})|com\\.cloudflare\\.edge\\.r2\\.bucket\\.(${HEX32_PATTERN})_.*)$`);

/**
 * An account-owned token reaches only its own account (Cloudflare refuses the token otherwise, and its
 * grants refuse it already). Literal keys and a literal owner only: tokens are left to Cloudflare.
 */
function checkOwnAccount(tree: ResourceTree, accountId: string, label: string): void {
  if (isUnresolved(accountId)) return;
  for (const key of Object.keys(tree)) {
    const match = isUnresolved(key) ? null : ACCOUNT_OF_KEY.exec(key);
    const keyAccount = match?.[1] ?? match?.[2];
    if (keyAccount === undefined || keyAccount.toLowerCase() === accountId.toLowerCase()) continue;
    throw new ValidationError(
      `resources["${key}"] is in account "${keyAccount}", not the token's account "${accountId}"; an account-owned token ` +
        `reaches only its own account. Use Resources.OWN_ACCOUNT (or keys of account "${accountId}"), a token of that account, or a UserApiToken.`,
      label,
    );
  }
}

function checkDepth(tree: ResourceTree, label: string, path: string, depth: number): void {
  for (const key of sortedKeys(tree)) {
    const value = tree[key];
    if (typeof value === 'string') continue;
    const inner = `${path}["${key}"]`;
    if (depth >= MAX_RESOURCE_DEPTH) {
      throw new ValidationError(
        `${inner} nests resources ${depth + 1} levels deep; Cloudflare takes at most ${MAX_RESOURCE_DEPTH}: an account key ` +
          'holding zone or bucket keys, each mapped to "*" (account-owned tokens nest top-level zone keys under their account).',
        label,
      );
    }
    checkNesting(key, value, label, inner);
    checkDepth(value, label, inner, depth + 1);
  }
}

// What Cloudflare documents nesting: the zones (all, or one) or all R2 buckets of one specific account.
const NESTING_PARENT = new RegExp(`^com\\.cloudflare\\.api\\.account\\.${HEX32_PATTERN}$`);
const NESTED_CHILD = new RegExp(`^(com\\.cloudflare\\.api\\.account\\.zone\\.(\\*|${HEX32_PATTERN})|com\\.cloudflare\\.edge\\.r2\\.bucket\\.\\*)$`);

/** A nested map must sit under one account and hold only that account's zones or buckets (tokens pass). */
function checkNesting(parent: string, children: ResourceTree, label: string, path: string): void {
  if (!isUnresolved(parent) && !NESTING_PARENT.test(parent)) {
    throw new ValidationError(
      `${path} holds a nested map, but only a specific account ("com.cloudflare.api.account.<ACCOUNT_ID>") can: ` +
        'map this key to "*", or nest under an account (see Resources.zonesOfAccount, Resources.allR2BucketsOfAccount).',
      label,
    );
  }
  for (const child of Object.keys(children)) {
    if (isUnresolved(child) || NESTED_CHILD.test(child)) continue;
    throw new ValidationError(
      `${path}["${child}"] cannot be nested under an account: Cloudflare nests only "com.cloudflare.api.account.zone.*", ` +
        '"com.cloudflare.api.account.zone.<ZONE_ID>" and "com.cloudflare.edge.r2.bucket.*" there. Put this key at the top level.',
      label,
    );
  }
}

/**
 * The single permission-group scope that every leaf key of the tree addresses, or undefined when the
 * leaves are of several scopes or unknown ones.
 */
export function scopeOfResources(tree: ResourceTree): string | undefined {
  const scopes = new Set<string | undefined>();
  const visit = (node: ResourceTree): void => {
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value === 'string') scopes.add(scopeOfResourceKey(key));
      else visit(value);
    }
  };
  visit(tree);
  return scopes.size === 1 ? [...scopes][0] : undefined;
}

// Keys that, assigned to a plain object, would change or shadow its prototype instead of holding data.
const PROTOTYPE_NAMES = new Set(['__proto__', ...Object.getOwnPropertyNames(Object.prototype)]);

function checkTree(value: unknown, label: string, path: string): ResourceTree {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError(
      `${path} must be a map from resource key to "*" or to a nested map, ` +
        `got ${describe(value)}. Example: { "com.cloudflare.api.account.zone.*": "*" }.`,
      label,
    );
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new ValidationError(
      `${path} is not a plain object: a "__proto__" key in an object literal sets its prototype instead of adding ` +
        'a key (or a class instance was given). Write resource keys as plain properties, e.g. { "com.cloudflare.api.account.zone.*": "*" }.',
      label,
    );
  }
  const keys = Object.keys(value);
  if (keys.length === 0) {
    throw new ValidationError(
      `${path} is empty. Name at least one resource, e.g. { "com.cloudflare.api.account.zone.*": "*" } ` +
        'or a key from the Resources helpers.',
      label,
    );
  }
  const tree: ResourceTree = {};
  for (const key of keys) {
    if (key.trim() === '') throw new ValidationError(`${path} has an empty key; use a resource key such as "com.cloudflare.api.account.<ACCOUNT_ID>".`, label);
    if (PROTOTYPE_NAMES.has(key)) {
      throw new ValidationError(`${path} has the key "${key}", which is not a Cloudflare resource key (and names a JavaScript prototype property). Use a key such as "com.cloudflare.api.account.<ACCOUNT_ID>".`, label);
    }
    validateResourceKey(key, label, path);
    tree[key] = checkValue((value as Record<string, unknown>)[key], label, `${path}["${key}"]`);
  }
  return tree;
}

function checkValue(value: unknown, label: string, path: string): ResourceValue {
  if (value === '*' || (typeof value === 'string' && isUnresolved(value))) return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return checkTree(value, label, path);
  throw new ValidationError(`${path} is ${describe(value)}; a resource maps to "*" (all of it) or to a nested map of resources.`, label);
}

function expandOwnAccount(tree: ResourceTree, owner: TokenOwner): ResourceTree {
  if (!Object.prototype.hasOwnProperty.call(tree, SCOPE_ACCOUNT)) return tree;
  if (owner.accountId === undefined) {
    throw new ValidationError(
      `the bare key "${SCOPE_ACCOUNT}" means "the token's own account", and a user-owned token has none. ` +
        'Name the account with Resources.account("<ACCOUNT_ID>") (or "com.cloudflare.api.account.*" for all of them).',
      owner.label,
    );
  }
  const ownKey = `${SCOPE_ACCOUNT}.${owner.accountId}`;
  const { [SCOPE_ACCOUNT]: bareValue, ...rest } = tree;
  return mergeInto(rest, ownKey, bareValue, owner.label);
}

function nestTopLevelZones(tree: ResourceTree, accountId: string, label: string): ResourceTree {
  const zoneKeys = Object.keys(tree).filter((key) => scopeOfResourceKey(key) === SCOPE_ZONE);
  if (zoneKeys.length === 0) return tree;
  const ownKey = `${SCOPE_ACCOUNT}.${accountId}`;
  const zones: ResourceTree = {};
  const rest: ResourceTree = {};
  for (const key of Object.keys(tree)) (zoneKeys.includes(key) ? zones : rest)[key] = tree[key];
  return mergeInto(rest, ownKey, zones, label);
}

function mergeInto(tree: ResourceTree, key: string, value: ResourceValue, label: string): ResourceTree {
  const existing = tree[key];
  if (existing === undefined) return { ...tree, [key]: value };
  if (typeof existing === 'object' && typeof value === 'object') {
    for (const inner of sortedKeys(value)) {
      if (Object.prototype.hasOwnProperty.call(existing, inner) && JSON.stringify(existing[inner]) !== JSON.stringify(value[inner])) {
        throw new ValidationError(`"${inner}" is given twice under "${key}" with different values; keep one.`, label);
      }
    }
    return { ...tree, [key]: { ...existing, ...value } };
  }
  if (JSON.stringify(existing) === JSON.stringify(value)) return tree;
  throw new ValidationError(
    `"${key}" is given both as "*" and with nested resources (account-owned tokens nest zone keys and the bare ` +
      `"${SCOPE_ACCOUNT}" key under their own account). Put the account-wide grant and the zone grant in two separate policies.`,
    label,
  );
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `a list (${JSON.stringify(value)})`;
  return `${typeof value} ${JSON.stringify(value)}`;
}
