import { apiError } from '../envelope';
import { HEX32 } from '../ids';
import { ApiContext } from './context';

/** Cloudflare's answer to a malformed identifier in the path. */
export function couldNotRoute(path: string): never {
  throw apiError(404, 7003, `Could not route to /client/v4${path}, perhaps your object identifier is invalid?`);
}

/** The account must look like an id (404 7003) and be one the fake serves (403 9109). */
export function requireAccount(ctx: ApiContext, accountId: string, path: string): void {
  if (!HEX32.test(accountId)) couldNotRoute(path);
  if (!ctx.state.hasAccount(accountId)) throw apiError(403, 9109, 'Unauthorized to access requested resource');
}
