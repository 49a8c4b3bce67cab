import { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, ApiResponse, apiError, failure, sendApi } from '../envelope';
import { BodyTooLargeError, parseRawQuery, peerAddress, readBody, splitUrl } from '../http-util';
import { ApiTarget, authorizeEndpoint } from '../policy/api-access';
import { RequestLogEntry, StoredToken } from '../types';
import { authenticate } from './auth';
import { ApiContext, ApiRequest, Route } from './context';
import { permissionGroupRoutes } from './permission-groups-routes';
import { r2BucketRoutes } from './r2-buckets-routes';
import { matchRoute } from './router';
import { tokenRoutes } from './tokens-routes';

export const API_BASE_PATH = '/client/v4';
const MAX_JSON_BODY = 1024 * 1024;

/** Literal routes (verify, permission_groups) come before `:token_id`. */
const ROUTES: readonly Route[] = [...permissionGroupRoutes(), ...tokenRoutes(), ...r2BucketRoutes()];

/** Every route but verify needs groups of an issued token: `routesWithoutAccess` lists any that would be open. */
export function routesWithoutAccess(): string[] {
  return ROUTES.filter((r) => !r.issuedTokensAllowed && r.access === undefined).map((r) => `${r.method} ${r.pattern}`);
}

/** Refuses (403, in Cloudflare's shape) an issued token that lacks the route's groups on the place it acts on. */
function authorize(ctx: ApiContext, route: Route, params: Record<string, string>, token: StoredToken, ip: string): void {
  if (route.access === undefined) throw apiError(403, 10000, 'Authentication error');
  const target: ApiTarget = route.access.on === 'user' ? { kind: 'user', userId: ctx.state.userId } : { kind: 'account', accountId: params.account_id };
  const decision = authorizeEndpoint(token, route.access, target, ip, ctx.now());
  if (!decision.allowed) throw apiError(403, route.access.denied.code, route.access.denied.message);
}

export interface ApiServerOptions {
  readonly ctx: ApiContext;
  readonly apiToken: string;
  readonly log: (entry: RequestLogEntry) => void;
}

async function handle(opts: ApiServerOptions, req: IncomingMessage, seen: { caller?: string }): Promise<ApiResponse> {
  const { path: fullPath, rawQuery } = splitUrl(req.url ?? '/');
  if (fullPath !== API_BASE_PATH && !fullPath.startsWith(`${API_BASE_PATH}/`)) throw apiError(404, 7000, 'No route for that URI');
  const path = fullPath.slice(API_BASE_PATH.length) || '/';
  const method = (req.method ?? 'GET').toUpperCase();
  const match = matchRoute(ROUTES, method, path);
  if (match.kind === 'not-found') throw apiError(404, 7000, 'No route for that URI');
  if (match.kind === 'method-not-allowed') throw apiError(405, 7001, 'Method not allowed for this endpoint');

  const caller = authenticate(req.headers, opts.apiToken, opts.ctx.state);
  seen.caller = caller.kind === 'admin' ? 'admin' : caller.token.id;
  if (caller.kind === 'issued' && !match.route.issuedTokensAllowed) authorize(opts.ctx, match.route, match.params, caller.token, peerAddress(req));

  let raw: Buffer;
  try {
    raw = await readBody(req, MAX_JSON_BODY);
  } catch (e) {
    if (e instanceof BodyTooLargeError) throw apiError(413, 10413, 'Request body too large');
    throw e;
  }
  let body: unknown;
  if (raw.length > 0) {
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw apiError(400, 6007, 'Malformed JSON in request body');
    }
  }
  const apiReq: ApiRequest = {
    method,
    path,
    params: match.params,
    query: parseRawQuery(rawQuery, true),
    headers: req.headers,
    caller,
    ip: peerAddress(req),
    body,
  };
  return match.route.handler(opts.ctx, apiReq);
}

/** Request listener for the Cloudflare v4 API under `/client/v4`. */
export function apiRequestListener(opts: ApiServerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const started = new Date();
    const seen: { caller?: string } = {};
    handle(opts, req, seen)
      .catch((e: unknown) => {
        if (e instanceof ApiError) return failure(e);
        // Never echo the error (it could carry request data); keep the shape Cloudflare uses.
        process.stderr.write(`fake-cloudflare api: internal error on ${req.method} ${splitUrl(req.url ?? '').path}: ${(e as Error)?.stack ?? e}\n`);
        return failure(new ApiError(500, [{ code: 10001, message: 'Internal server error' }]));
      })
      .then((r) => {
        sendApi(res, r);
        const errors = (r.body.errors as Array<{ code: number }>).map((x) => x.code);
        opts.log({
          service: 'api',
          method: (req.method ?? '').toUpperCase(),
          path: req.url ?? '',
          status: r.status,
          ...(errors.length > 0 ? { errors } : {}),
          ...(seen.caller !== undefined ? { caller: seen.caller } : {}),
          at: started.toISOString(),
        });
      })
      .catch(() => {
        if (!res.headersSent) res.destroy();
      });
  };
}
