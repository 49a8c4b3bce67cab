import { Jurisdiction, Resources, ResourceValue } from '../types';

export const ACCOUNT_PREFIX = 'com.cloudflare.api.account.';
export const ZONE_PREFIX = 'com.cloudflare.api.account.zone.';
export const R2_BUCKET_PREFIX = 'com.cloudflare.edge.r2.bucket.';

export const ZONE_ON_ACCOUNT_TOKEN_MESSAGE = 'Must specify a zone for account owned tokens, or nest zone under specific account resource';

/** A validation problem in a policy's resources (rendered as a 400 by the API). */
export class ResourcesError extends Error {}

/** Sorts object keys recursively, so the resources render as compact sorted-key JSON (what Terraform's jsonencode() writes). */
export function canonicalize(value: ResourceValue): ResourceValue {
  if (typeof value === 'string') return value;
  const out: Record<string, ResourceValue> = {};
  for (const k of Object.keys(value).sort()) out[k] = canonicalize(value[k]);
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const SPECIFIC_ACCOUNT_KEY = /^com\.cloudflare\.api\.account\.[0-9a-f]{32}$/;
/** What may be nested under a specific account: its zones (all, or one) and all of its R2 buckets. */
const NESTABLE_KEY = /^(com\.cloudflare\.api\.account\.zone\.(\*|[0-9a-f]{32})|com\.cloudflare\.edge\.r2\.bucket\.\*)$/;

/**
 * Checks the shape the API documents (see README.md, "Resources: what the API accepts"). The schema
 * (cloudflare/api-schemas `iam_resources`) is oneOf two maps, so a policy uses one form, never both:
 * - flat: `com.cloudflare.*` keys, each `"*"`;
 * - nested, one level: `com.cloudflare.api.account.<ACCOUNT_ID>` keys, each holding `"*"`-valued
 *   `com.cloudflare.api.account.zone.*`, `com.cloudflare.api.account.zone.<ZONE_ID>` or
 *   `com.cloudflare.edge.r2.bucket.*` keys.
 */
export function parseResources(raw: unknown, where: string): Resources {
  if (!isPlainObject(raw)) {
    throw new ResourcesError(`${where}: resources must be a JSON object mapping resource keys to "*" or to a nested object, got ${describe(raw)}`);
  }
  const keys = Object.keys(raw);
  if (keys.length === 0) throw new ResourcesError(`${where}: resources must not be empty`);
  for (const key of keys) checkKey(key, where);
  const nested = keys.filter((k) => isPlainObject(raw[k]));
  if (nested.length === 0) {
    for (const key of keys) {
      if (raw[key] !== '*') throw new ResourcesError(`${where}: invalid value for resource '${key}': expected "*" or an object, got ${describe(raw[key])}`);
    }
  } else if (nested.length < keys.length) {
    const flat = keys.find((k) => !nested.includes(k))!;
    throw new ResourcesError(`${where}: resources mix "*" values ('${flat}') with nested objects ('${nested[0]}'); use one form per policy`);
  } else {
    for (const key of nested) checkNested(key, raw[key] as Record<string, unknown>, where);
  }
  return canonicalize(raw as Resources) as Resources;
}

function checkNested(key: string, value: Record<string, unknown>, where: string): void {
  if (!SPECIFIC_ACCOUNT_KEY.test(key)) {
    throw new ResourcesError(`${where}: resources can only be nested under a specific account (com.cloudflare.api.account.<ACCOUNT_ID>), not under '${key}'`);
  }
  const nestedKeys = Object.keys(value);
  if (nestedKeys.length === 0) throw new ResourcesError(`${where}: nested resources under '${key}' must not be empty`);
  for (const nk of nestedKeys) {
    if (!NESTABLE_KEY.test(nk)) {
      throw new ResourcesError(
        `${where}: '${nk}' cannot be nested under '${key}'; an account can hold com.cloudflare.api.account.zone.* (or one zone) and com.cloudflare.edge.r2.bucket.*`,
      );
    }
    if (value[nk] !== '*') {
      throw new ResourcesError(`${where}: invalid value for nested resource '${nk}' under '${key}': expected "*", got ${describe(value[nk])}`);
    }
  }
}

function checkKey(key: string, where: string): void {
  if (!/^com\.cloudflare\.[A-Za-z0-9_.*-]+$/.test(key)) {
    throw new ResourcesError(`${where}: invalid resource key '${key}'`);
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? `the string ${JSON.stringify(v)}` : `a ${typeof v}`;
}

/**
 * Rules for account-owned tokens: no top-level zone key (Cloudflare's message), and no key naming
 * another account (an account token lives in, and can only grant, its own account).
 */
export function checkAccountTokenResources(resources: Resources, ownAccountId: string, where: string): void {
  for (const key of Object.keys(resources)) {
    if (key.startsWith(ZONE_PREFIX)) throw new ResourcesError(ZONE_ON_ACCOUNT_TOKEN_MESSAGE);
    const accountId = accountIdOfKey(key);
    if (accountId !== undefined && accountId !== '*' && accountId !== ownAccountId) {
      throw new ResourcesError(`${where}: resource '${key}' is outside account ${ownAccountId}; account owned tokens can only grant resources of their own account`);
    }
  }
}

/** The account id a key names (`com.cloudflare.api.account.<id>` or an R2 bucket key), if any. */
function accountIdOfKey(key: string): string | undefined {
  if (key.startsWith(ACCOUNT_PREFIX) && !key.startsWith(ZONE_PREFIX)) {
    const rest = key.slice(ACCOUNT_PREFIX.length);
    if (/^[0-9a-f]{32}$/.test(rest) || rest === '*') return rest;
    return undefined;
  }
  if (key.startsWith(R2_BUCKET_PREFIX)) {
    const rest = key.slice(R2_BUCKET_PREFIX.length);
    const m = /^([0-9a-f]{32})_/.exec(rest);
    return m ? m[1] : undefined;
  }
  return undefined;
}

/** The R2 resource a request touches: a bucket, or (for ListBuckets) the account's R2 storage. */
export interface R2Target {
  readonly accountId: string;
  readonly jurisdiction: Jurisdiction;
  readonly bucket?: string;
}

export function bucketResourceId(t: { accountId: string; jurisdiction: Jurisdiction; bucket: string }): string {
  return `${t.accountId}_${t.jurisdiction}_${t.bucket}`;
}

function keyIs(key: string, prefix: string, id: string): boolean {
  return key === prefix + id || key === `${prefix}*`;
}

/** Whether a policy's resources cover the target. `"*"` allows everything under a key; a nested object narrows it (to all buckets). */
export function resourcesCover(resources: Resources, target: R2Target): boolean {
  const bucketId = target.bucket === undefined ? undefined : bucketResourceId({ ...target, bucket: target.bucket });
  for (const [key, value] of Object.entries(resources)) {
    if (bucketId !== undefined && value === '*' && keyIs(key, R2_BUCKET_PREFIX, bucketId)) return true;
    if (keyIs(key, ACCOUNT_PREFIX, target.accountId)) {
      if (value === '*') return true;
      if (typeof value === 'object' && value[`${R2_BUCKET_PREFIX}*`] === '*') return true;
    }
  }
  return false;
}
