import { timingSafeEqual, createHash } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';
import { ApiError } from '../envelope';
import { FakeState } from '../state';
import { Caller } from './context';

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/**
 * Bearer authentication as Cloudflare answers it: missing header (9106), malformed header (6003/6111),
 * unknown token (1000 "Invalid API Token"). All 401 here.
 */
export function authenticate(headers: IncomingHttpHeaders, apiToken: string, state: FakeState): Caller {
  const auth = headers.authorization;
  if (auth === undefined || auth === '') {
    throw new ApiError(401, [{ code: 9106, message: 'Missing X-Auth-Key, X-Auth-Email or Authorization headers' }]);
  }
  const m = /^Bearer ([A-Za-z0-9_-]{40,})$/.exec(auth);
  if (!m) {
    throw new ApiError(401, [{
      code: 6003,
      message: 'Invalid request headers',
      error_chain: [{ code: 6111, message: 'Invalid format for Authorization header' }],
    }]);
  }
  const presented = m[1];
  if (timingSafeEqual(digest(presented), digest(apiToken))) return { kind: 'admin' };
  const issued = state.tokenByValue(presented);
  if (issued) return { kind: 'issued', token: issued };
  throw new ApiError(401, [{ code: 1000, message: 'Invalid API Token' }]);
}
