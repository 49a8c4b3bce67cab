import { SCOPE_ACCOUNT, SCOPE_R2_BUCKET, SCOPE_USER, SCOPE_ZONE } from './scopes';
import { isUnresolved, splitOnTokens } from '../../core/terraform-text';
import { ErrorSubject, ValidationError } from '../../core/validation-error';
import { validateAccountId, validateHexId } from '../../validation/identifiers';
import { DEFAULT_JURISDICTION, validateR2BucketName, validateR2Jurisdiction } from '../../validation/r2';

// Every key Cloudflare documents is `com.cloudflare.` and dot-separated words of letters, digits, `_` and
// `-`, or `*`: account and zone ids, user tags, R2 bucket names (`<account>_<jurisdiction>_<bucket>`).
const KEY = /^com\.cloudflare(\.([A-Za-z0-9_-]+|\*))+$/;
const KEY_CHARACTERS = /^[A-Za-z0-9_.*-]*$/;

/** How deep Cloudflare nests resource keys: an account key may hold zone or bucket keys, and no more. */
export const MAX_RESOURCE_DEPTH = 2;

/**
 * Checks one resource key against what Cloudflare accepts. Parts that are cdktf tokens are left to
 * Terraform; the literal parts may only hold key characters, so no key is ever a Terraform template
 * (`${`, `%{`) or needs escaping (`"`, `\`) where it is rendered.
 */
export function validateResourceKey(key: string, label: string, path: string): void {
  const ok = isUnresolved(key) ? splitOnTokens(key).every((part) => isUnresolved(part) || KEY_CHARACTERS.test(part)) : KEY.test(key);
  if (ok) return;
  throw new ValidationError(
    `${path} has the key ${JSON.stringify(key)}, which is not a Cloudflare resource key. A key is "com.cloudflare." ` +
      'and dot-separated words of letters, digits, "_" and "-", or "*" (e.g. "com.cloudflare.api.account.zone.*"; see Resources). ' +
      'Computed parts belong in cdktf tokens, not in "${...}" text.',
    label,
  );
}

// The key builders behind `Resources`; a grant passes the token as `subject`, so errors name it.

/** `com.cloudflare.api.account.<ACCOUNT_ID>` */
export function accountKey(accountId: string, subject: ErrorSubject): string {
  validateAccountId(accountId, subject);
  return `${SCOPE_ACCOUNT}.${accountId}`;
}

/** `com.cloudflare.api.account.zone.<ZONE_ID>` */
export function zoneKey(zoneId: string, subject: ErrorSubject): string {
  validateHexId(zoneId, 'zone id', subject);
  return `${SCOPE_ZONE}.${zoneId}`;
}

/** `com.cloudflare.api.user.<USER_TAG>` */
export function userKey(userTag: string, subject: ErrorSubject): string {
  validateHexId(userTag, 'user tag', subject);
  return `${SCOPE_USER}.${userTag}`;
}

/** `com.cloudflare.edge.r2.bucket.<ACCOUNT_ID>_<JURISDICTION>_<BUCKET>` */
export function r2BucketKey(accountId: string, bucketName: string, jurisdiction: string | undefined, subject: ErrorSubject): string {
  validateAccountId(accountId, subject);
  validateR2BucketName(bucketName, subject);
  const place = jurisdiction ?? DEFAULT_JURISDICTION;
  validateR2Jurisdiction(place, subject);
  return `${SCOPE_R2_BUCKET}.${accountId}_${place}_${bucketName}`;
}
