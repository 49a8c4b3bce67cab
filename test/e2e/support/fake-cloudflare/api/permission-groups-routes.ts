import { ok } from '../envelope';
import { requireAccount } from './accounts';
import { ApiContext, ApiRequest, Route, queryValue } from './context';
import { ACCOUNT_TOKENS_READ, USER_TOKENS_READ } from '../policy/api-access';
import { PermissionGroup } from '../types';

/**
 * `name` matches the whole name exactly; `scope` keeps groups that have that scope. The API answers
 * in one page (the SDK reads it as a SinglePage and never asks for more).
 */
function filtered(groups: readonly PermissionGroup[], req: ApiRequest) {
  const name = queryValue(req, 'name');
  const scope = queryValue(req, 'scope');
  const result = groups
    .filter((g) => name === undefined || g.name === name)
    .filter((g) => scope === undefined || g.scopes.includes(scope))
    .map((g) => ({ id: g.id, name: g.name, scopes: [...g.scopes] }));
  return ok(result, { resultInfo: { page: 1, per_page: result.length, count: result.length, total_count: result.length } });
}

export function permissionGroupRoutes(): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/accounts/:account_id/tokens/permission_groups',
      handler: (ctx: ApiContext, req: ApiRequest) => {
        requireAccount(ctx, req.params.account_id, req.path);
        return filtered(ctx.catalog.forAccountTokens(), req);
      },
      access: ACCOUNT_TOKENS_READ,
    },
    {
      method: 'GET',
      pattern: '/user/tokens/permission_groups',
      handler: (ctx: ApiContext, req: ApiRequest) => filtered(ctx.catalog.forUserTokens(), req),
      access: USER_TOKENS_READ,
    },
  ];
}
