import { ApiError, apiError, ok } from '../envelope';
import { HEX32, isoSeconds, newId, newTokenValue } from '../ids';
import { ACCOUNT_TOKENS_READ, ACCOUNT_TOKENS_WRITE, EndpointAccess, USER_TOKENS_READ, USER_TOKENS_WRITE } from '../policy/api-access';
import { checkTokenUsable } from '../policy/evaluate';
import { StoredToken, TokenOwner, TokenStatus } from '../types';
import { couldNotRoute, requireAccount } from './accounts';
import { ApiContext, ApiRequest, Route, queryValue } from './context';
import { parseTokenInput } from './token-input';

/** Status as the API reports it: an active token past `expires_on` reads as "expired". */
export function effectiveStatus(t: StoredToken, now: Date): TokenStatus {
  if (t.status === 'active' && t.expires_on && now.getTime() >= Date.parse(t.expires_on)) return 'expired';
  return t.status;
}

/** A token as the API returns it on read/list/update (never with `value`). */
export function renderToken(t: StoredToken, now: Date): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: t.id,
    name: t.name,
    status: effectiveStatus(t, now),
    issued_on: t.issued_on,
    modified_on: t.modified_on,
  };
  if (t.last_used_on) out.last_used_on = t.last_used_on;
  if (t.not_before) out.not_before = t.not_before;
  if (t.expires_on) out.expires_on = t.expires_on;
  out.policies = t.policies.map((p) => ({
    id: p.id,
    effect: p.effect,
    permission_groups: p.permission_groups.map((g) => ({ ...g })),
    resources: p.resources,
  }));
  if (t.condition) out.condition = t.condition;
  return out;
}

type OwnerResolver = (ctx: ApiContext, req: ApiRequest) => TokenOwner;

const accountOwner: OwnerResolver = (ctx, req) => {
  requireAccount(ctx, req.params.account_id, req.path);
  return { kind: 'account', accountId: req.params.account_id };
};
const userOwner: OwnerResolver = (ctx) => ({ kind: 'user', userId: ctx.state.userId });

function sameOwner(a: TokenOwner, b: TokenOwner): boolean {
  if (a.kind === 'account' && b.kind === 'account') return a.accountId === b.accountId;
  return a.kind === 'user' && b.kind === 'user';
}

function findToken(ctx: ApiContext, req: ApiRequest, owner: TokenOwner): StoredToken {
  const id = req.params.token_id;
  if (!HEX32.test(id)) couldNotRoute(req.path);
  const t = ctx.state.tokens.get(id);
  if (!t || !sameOwner(t.owner, owner)) throw apiError(404, 1003, `Token ${id} not found`);
  return t;
}

function listTokens(ctx: ApiContext, req: ApiRequest, owner: TokenOwner) {
  const all = owner.kind === 'account' ? ctx.state.accountTokens(owner.accountId) : ctx.state.userTokens();
  if (queryValue(req, 'direction') === 'desc') all.reverse();
  const perPage = Math.min(Math.max(Number(queryValue(req, 'per_page') ?? 20) || 20, 1), 50);
  const page = Math.max(Number(queryValue(req, 'page') ?? 1) || 1, 1);
  const slice = all.slice((page - 1) * perPage, page * perPage);
  const now = ctx.now();
  return ok(slice.map((t) => renderToken(t, now)), {
    resultInfo: { page, per_page: perPage, count: slice.length, total_count: all.length, total_pages: Math.ceil(all.length / perPage) },
  });
}

function createToken(ctx: ApiContext, req: ApiRequest, owner: TokenOwner) {
  const input = parseTokenInput(req.body, owner, ctx.catalog);
  const now = isoSeconds(ctx.now());
  const value = newTokenValue();
  const token: StoredToken = {
    id: newId(),
    owner,
    name: input.name,
    status: input.status ?? 'active',
    issued_on: now,
    modified_on: now,
    not_before: input.not_before,
    expires_on: input.expires_on,
    condition: input.condition,
    policies: input.policies,
  };
  ctx.state.addToken(token, value);
  return ok({ ...renderToken(token, ctx.now()), value });
}

function updateToken(ctx: ApiContext, req: ApiRequest, owner: TokenOwner) {
  const token = findToken(ctx, req, owner);
  const input = parseTokenInput(req.body, owner, ctx.catalog);
  // PUT replaces the token's settings; an absent status keeps the current one.
  token.name = input.name;
  token.policies = input.policies;
  if (input.status) token.status = input.status;
  token.not_before = input.not_before;
  token.expires_on = input.expires_on;
  token.condition = input.condition;
  token.modified_on = isoSeconds(ctx.now());
  return ok(renderToken(token, ctx.now()));
}

function deleteToken(ctx: ApiContext, req: ApiRequest, owner: TokenOwner) {
  const token = findToken(ctx, req, owner);
  ctx.state.deleteToken(token.id);
  return ok({ id: token.id });
}

/** PUT .../tokens/:id/value: roll the secret. The result is the new value (a string), as in Cloudflare's API. */
function rollToken(ctx: ApiContext, req: ApiRequest, owner: TokenOwner) {
  const token = findToken(ctx, req, owner);
  const value = newTokenValue();
  ctx.state.addToken(token, value);
  token.modified_on = isoSeconds(ctx.now());
  return ok(value);
}

function verify(ctx: ApiContext, req: ApiRequest, owner: TokenOwner) {
  const caller = req.caller;
  if (caller.kind === 'admin') {
    return ok({ id: ctx.adminTokenId, status: 'active' }, { messages: [{ code: 10000, message: 'This API Token is valid and active', type: null }] });
  }
  const t = caller.token;
  if (!sameOwner(t.owner, owner)) throw new ApiError(401, [{ code: 1000, message: 'Invalid API Token' }]);
  const now = ctx.now();
  const usable = checkTokenUsable(t, req.ip, now);
  if (!usable.allowed && /IP/.test(usable.reason)) {
    throw apiError(403, 9109, `Cannot use the access token from location: ${req.ip}`);
  }
  t.last_used_on = isoSeconds(now);
  const result: Record<string, unknown> = { id: t.id, status: effectiveStatus(t, now) };
  if (t.not_before) result.not_before = t.not_before;
  if (t.expires_on) result.expires_on = t.expires_on;
  const messages = usable.allowed ? [{ code: 10000, message: 'This API Token is valid and active', type: null }] : [];
  return ok(result, { messages });
}

function routesFor(base: string, resolve: OwnerResolver, read: EndpointAccess, write: EndpointAccess): Route[] {
  const wrap = (fn: (ctx: ApiContext, req: ApiRequest, owner: TokenOwner) => ReturnType<typeof ok>) =>
    (ctx: ApiContext, req: ApiRequest) => fn(ctx, req, resolve(ctx, req));
  return [
    { method: 'GET', pattern: `${base}/verify`, handler: wrap(verify), issuedTokensAllowed: true },
    { method: 'GET', pattern: base, handler: wrap(listTokens), access: read },
    { method: 'POST', pattern: base, handler: wrap(createToken), access: write },
    { method: 'GET', pattern: `${base}/:token_id`, handler: wrap((ctx, req, owner) => ok(renderToken(findToken(ctx, req, owner), ctx.now()))), access: read },
    { method: 'PUT', pattern: `${base}/:token_id`, handler: wrap(updateToken), access: write },
    { method: 'DELETE', pattern: `${base}/:token_id`, handler: wrap(deleteToken), access: write },
    { method: 'PUT', pattern: `${base}/:token_id/value`, handler: wrap(rollToken), access: write },
  ];
}

/** Account-owned and user-owned token routes. Must be registered after the permission_groups routes. */
export function tokenRoutes(): Route[] {
  return [
    ...routesFor('/accounts/:account_id/tokens', accountOwner, ACCOUNT_TOKENS_READ, ACCOUNT_TOKENS_WRITE),
    ...routesFor('/user/tokens', userOwner, USER_TOKENS_READ, USER_TOKENS_WRITE),
  ];
}
