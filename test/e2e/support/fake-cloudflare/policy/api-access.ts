import { StoredToken } from '../types';
import { Decision, checkTokenUsable } from './evaluate';
import { ACCOUNT_PREFIX } from './resources';

/** Permission group ids the API asks of a calling token (ids as in fixtures/permission-groups.json). */
export const API_GROUPS = {
  accountTokensRead: 'eb56a6953c034b9d97dd838155666f06', // Account API Tokens Read (account)
  accountTokensWrite: '5bc3f8b21c554832afc660159ab75fa4', // Account API Tokens Write (account)
  userTokensRead: '0cc3a61731504c89b99ec1be78b77aa0', // API Tokens Read (user)
  userTokensWrite: '686d18d5ac6c441c867cbf6771e58a0a', // API Tokens Write (user)
  r2StorageRead: 'b4992e1108244f5d8bfbd5744320c2e1', // Workers R2 Storage Read (account)
  r2StorageWrite: 'bf7481a1826f439697cb59a20b22293e', // Workers R2 Storage Write (account)
} as const;

/** What a management endpoint asks of an issued token: any one of `anyOf`, granted on the account or the user. */
export interface EndpointAccess {
  readonly anyOf: readonly string[];
  readonly on: 'account' | 'user';
  /** The error Cloudflare answers when the token lacks them (403). */
  readonly denied: { readonly code: number; readonly message: string };
}

/**
 * Token endpoints: 403 9109 "Unauthorized to access requested resource", as Cloudflare answered a token
 * without the group creating a token (terraform-provider-cloudflare issue 3227, "error creating Cloudflare
 * API Token ...: Unauthorized to access requested resource (9109)").
 */
const TOKENS_DENIED = { code: 9109, message: 'Unauthorized to access requested resource' };
/** Other endpoints: 403 10000 "Authentication error" (terraform-provider-cloudflare issues 1533 and 1101). */
const OTHER_DENIED = { code: 10000, message: 'Authentication error' };

/**
 * Groups per operation from Cloudflare's API schema, cloudflare/api-schemas `openapi.json` (commit c92b9b0),
 * `x-api-token-group`: reads (list, get, permission groups) accept the Write or the Read group, changes
 * (create, update, delete, roll) only the Write group.
 */
export const ACCOUNT_TOKENS_READ: EndpointAccess = { anyOf: [API_GROUPS.accountTokensWrite, API_GROUPS.accountTokensRead], on: 'account', denied: TOKENS_DENIED };
export const ACCOUNT_TOKENS_WRITE: EndpointAccess = { anyOf: [API_GROUPS.accountTokensWrite], on: 'account', denied: TOKENS_DENIED };
export const USER_TOKENS_READ: EndpointAccess = { anyOf: [API_GROUPS.userTokensWrite, API_GROUPS.userTokensRead], on: 'user', denied: TOKENS_DENIED };
export const USER_TOKENS_WRITE: EndpointAccess = { anyOf: [API_GROUPS.userTokensWrite], on: 'user', denied: TOKENS_DENIED };
/**
 * R2 buckets: create and delete take Workers R2 Storage Write (the schema's `x-api-token-group`); the schema
 * names no group for get and list, so those follow the R2 docs (developers.cloudflare.com/r2/api/tokens/,
 * "Permission groups"): Workers R2 Storage Read "Can list buckets and view bucket configuration", Write
 * "Can create, delete, and list buckets, edit bucket configuration". Edit (PATCH) is a change: Write.
 */
export const R2_BUCKETS_READ: EndpointAccess = { anyOf: [API_GROUPS.r2StorageWrite, API_GROUPS.r2StorageRead], on: 'account', denied: OTHER_DENIED };
export const R2_BUCKETS_WRITE: EndpointAccess = { anyOf: [API_GROUPS.r2StorageWrite], on: 'account', denied: OTHER_DENIED };

/** The place an endpoint acts on: an account of the path, or the user that owns `/user/...`. */
export type ApiTarget = { readonly kind: 'account'; readonly accountId: string } | { readonly kind: 'user'; readonly userId: string };

/** Whether a policy's resources name the target itself: `"*"` on its key or on the `*` key (a nested object narrows to zones or buckets). */
function covers(resources: StoredToken['policies'][number]['resources'], target: ApiTarget): boolean {
  const [own, any] =
    target.kind === 'account' ? [`${ACCOUNT_PREFIX}${target.accountId}`, `${ACCOUNT_PREFIX}*`] : [`com.cloudflare.api.user.${target.userId}`, 'com.cloudflare.api.user.*'];
  return resources[own] === '*' || resources[any] === '*';
}

/**
 * Cloudflare's decision for an issued token on a management endpoint: the token must be usable (status,
 * dates, request_ip), an account-owned token acts only in its own account and never on the user, and one
 * of the endpoint's groups must be allowed on the target by an allow policy and not removed by a deny policy.
 */
export function authorizeEndpoint(token: StoredToken, access: EndpointAccess, target: ApiTarget, ip: string, now: Date): Decision {
  const usable = checkTokenUsable(token, ip, now);
  if (!usable.allowed) return usable;
  if (token.owner.kind === 'account') {
    if (target.kind === 'user') return { allowed: false, reason: 'an account owned token cannot act on the user' };
    if (token.owner.accountId !== target.accountId) return { allowed: false, reason: `account owned token of another account (${token.owner.accountId})` };
  }
  const holds = (effect: 'allow' | 'deny', group: string) =>
    token.policies.some((p) => p.effect === effect && p.permission_groups.some((g) => g.id === group) && covers(p.resources, target));
  if (access.anyOf.some((group) => holds('allow', group) && !holds('deny', group))) return { allowed: true };
  const where = target.kind === 'account' ? `account ${target.accountId}` : 'the user';
  return { allowed: false, reason: `no policy allows any of ${access.anyOf.join(', ')} on ${where}` };
}
