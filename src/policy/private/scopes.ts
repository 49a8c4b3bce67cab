import { literalShape } from '../../core/terraform-text';

/** Permission-group scopes, as Cloudflare names them. */
export const SCOPE_ACCOUNT = 'com.cloudflare.api.account';
export const SCOPE_ZONE = 'com.cloudflare.api.account.zone';
export const SCOPE_USER = 'com.cloudflare.api.user';
export const SCOPE_R2_BUCKET = 'com.cloudflare.edge.r2.bucket';

const SCOPE_BY_PREFIX: ReadonlyArray<readonly [string, string]> = [
  [`${SCOPE_ZONE}.`, SCOPE_ZONE],
  [`${SCOPE_R2_BUCKET}.`, SCOPE_R2_BUCKET],
  [`${SCOPE_USER}.`, SCOPE_USER],
  [`${SCOPE_ACCOUNT}.`, SCOPE_ACCOUNT],
];

/**
 * The permission-group scope a resource key addresses, or undefined for keys this library does not know
 * (those pass through untouched, e.g. `com.cloudflare.api.account.worker.route.*`).
 */
export function scopeOfResourceKey(key: string): string | undefined {
  const shape = literalShape(key);
  for (const [prefix, scope] of SCOPE_BY_PREFIX) {
    if (!shape.startsWith(prefix)) continue;
    const rest = shape.slice(prefix.length);
    // `com.cloudflare.api.account.worker.route.*` starts with the account prefix but is not an account key.
    if (scope === SCOPE_ACCOUNT && rest.includes('.')) return undefined;
    return scope;
  }
  return undefined;
}
