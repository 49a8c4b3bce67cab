import { IncomingHttpHeaders } from 'node:http';
import { PermissionGroupCatalog } from '../catalog';
import { ApiResponse } from '../envelope';
import { EndpointAccess } from '../policy/api-access';
import { FakeState } from '../state';
import { StoredToken } from '../types';

/** Who is calling: the fake's own API token (full access) or a token the fake issued (its policies decide). */
export type Caller = { readonly kind: 'admin' } | { readonly kind: 'issued'; readonly token: StoredToken };

export interface ApiContext {
  readonly state: FakeState;
  readonly catalog: PermissionGroupCatalog;
  readonly now: () => Date;
  /** Id reported by `verify` for the fake's own API token. */
  readonly adminTokenId: string;
}

export interface ApiRequest {
  readonly method: string;
  /** Path below the base URL, e.g. `/accounts/<id>/tokens`. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: ReadonlyArray<[string, string]>;
  readonly headers: IncomingHttpHeaders;
  readonly caller: Caller;
  readonly ip: string;
  /** Parsed JSON body (undefined when empty). */
  readonly body: unknown;
}

export type Handler = (ctx: ApiContext, req: ApiRequest) => ApiResponse;

export interface Route {
  readonly method: string;
  /** Segments; `:name` captures one segment. */
  readonly pattern: string;
  readonly handler: Handler;
  /** Whether any issued token may call it, whatever it holds: the verify endpoints. */
  readonly issuedTokensAllowed?: boolean;
  /** The permission groups an issued token needs to call it (every other route has them). */
  readonly access?: EndpointAccess;
}

export function queryValue(req: ApiRequest, key: string): string | undefined {
  const hit = req.query.find(([k]) => k === key);
  return hit?.[1];
}
