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

/**
 * Checks the shape Cloudflare accepts: a non-empty object of `com.cloudflare.*` keys whose values are
 * `"*"` or a non-empty object of `com.cloudflare.*` keys with `"*"` values (one level of nesting).
 */
export function parseResources(raw: unknown, where: string): Resources {
  if (!isPlainObject(raw)) {
    throw new ResourcesError(`${where}: resources must be a JSON object mapping resource keys to "*" or to a nested object, got ${describe(raw)}`);
  }
  const keys = Object.keys(raw);
  if (keys.length === 0) throw new ResourcesError(`${where}: resources must not be empty`);
  for (const key of keys) {
    checkKey(key, where);
    const v = raw[key];
    if (v === '*') continue;
    if (isPlainObject(v)) {
      const nestedKeys = Object.keys(v);
      if (nestedKeys.length === 0) throw new ResourcesError(`${where}: nested resources under '${key}' must not be empty`);
      for (const nk of nestedKeys) {
        checkKey(nk, where);
        if (v[nk] !== '*') {
          throw new ResourcesError(`${where}: invalid value for nested resource '${nk}' under '${key}': expected "*", got ${describe(v[nk])}`);
        }
      }
      continue;
    }
    throw new ResourcesError(`${where}: invalid value for resource '${key}': expected "*" or an object, got ${describe(v)}`);
  }
  return canonicalize(raw as Resources) as Resources;
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

/** Whether a policy's resources cover the target. `"*"` allows everything under a key; a nested object narrows it. */
export function resourcesCover(resources: Resources, target: R2Target): boolean {
  const bucketId = target.bucket === undefined ? undefined : bucketResourceId({ ...target, bucket: target.bucket });
  for (const [key, value] of Object.entries(resources)) {
    if (bucketId !== undefined && value === '*' && keyIs(key, R2_BUCKET_PREFIX, bucketId)) return true;
    if (keyIs(key, ACCOUNT_PREFIX, target.accountId)) {
      if (value === '*') return true;
      if (typeof value === 'object') {
        for (const [nk, nv] of Object.entries(value)) {
          if (nv !== '*') continue;
          if (bucketId !== undefined ? keyIs(nk, R2_BUCKET_PREFIX, bucketId) : nk === `${R2_BUCKET_PREFIX}*`) return true;
        }
      }
    }
  }
  return false;
}
