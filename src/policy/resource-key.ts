import { isUnresolved, splitOnTokens } from '../validation/unresolved';

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
  throw new Error(
    `${label}: ${path} has the key ${JSON.stringify(key)}, which is not a Cloudflare resource key. A key is "com.cloudflare." ` +
      'and dot-separated words of letters, digits, "_" and "-", or "*" (e.g. "com.cloudflare.api.account.zone.*"; see Resources). ' +
      'Computed parts belong in cdktf tokens, not in "${...}" text.',
  );
}
