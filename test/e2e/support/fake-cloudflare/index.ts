import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApiContext } from './api/context';
import { API_BASE_PATH, apiRequestListener } from './api/server';
import { PermissionGroupCatalog, loadDefaultPermissionGroups } from './catalog';
import { HEX32, newId, r2CredentialsFor } from './ids';
import { s3RequestListener } from './s3/server';
import { FakeState } from './state';
import { Jurisdiction, JURISDICTIONS, PermissionGroup, RequestLogEntry } from './types';

export * from './types';
export { FakeState } from './state';
export { PermissionGroupCatalog, PERMISSION_GROUPS_FIXTURE, R2_GROUPS, loadDefaultPermissionGroups } from './catalog';
export { r2CredentialsFor } from './ids';

export interface FakeCloudflareOptions {
  /** The bearer token the API accepts (the provider needs 40 chars of [A-Za-z0-9_-]). */
  readonly apiToken: string;
  /** Accounts the fake serves (32 lowercase hex each). Others answer 403 (9109), malformed ids 404 (7003). */
  readonly accountIds: readonly string[];
  /** Owner of `/user/tokens`. Default: a random 32-hex id. */
  readonly userId?: string;
  /** Permission group catalog. Default: the fixture list in fixtures/permission-groups.json (not the library's catalog). */
  readonly permissionGroups?: readonly PermissionGroup[];
  /** Clock for issued_on/modified_on, expiry, not_before and SigV4 skew checks. Default: `() => new Date()`. */
  readonly now?: () => Date;
  /** Largest accepted S3 request body. Default 64 MiB. */
  readonly maxObjectBytes?: number;
}

export interface FakeCloudflare {
  /** Provider `base_url` / CLOUDFLARE_BASE_URL: `http://127.0.0.1:<port>/client/v4`. */
  readonly baseUrl: string;
  readonly apiPort: number;
  readonly s3Port: number;
  /** Tokens (no values), buckets and objects, live. */
  readonly state: FakeState;
  /** Every API and S3 request: method, path, status, error codes. Never values, secrets or signatures. */
  readonly requests: RequestLogEntry[];
  readonly catalog: PermissionGroupCatalog;
  /** Id `verify` reports for the fake's own API token. */
  readonly apiTokenId: string;
  /** The S3 endpoint of an account + jurisdiction, for `new S3Client({ endpoint, forcePathStyle: true, region: 'auto' })`. */
  s3Endpoint(accountId: string, jurisdiction?: Jurisdiction): string;
  /** Stops both listeners and drops open connections. */
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

async function closeServer(server: Server): Promise<void> {
  if (!server.listening) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2000);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeAllConnections();
  });
}

/** Starts the fake Cloudflare v4 API and R2 S3 endpoint on 127.0.0.1 (two random ports). */
export async function startFakeCloudflare(options: FakeCloudflareOptions): Promise<FakeCloudflare> {
  if (!/^[A-Za-z0-9_-]{40,80}$/.test(options.apiToken)) {
    throw new Error('fake-cloudflare: apiToken must be 40-80 chars of [A-Za-z0-9_-] (the provider refuses anything else)');
  }
  if (options.accountIds.length === 0 || options.accountIds.some((a) => !HEX32.test(a))) {
    throw new Error('fake-cloudflare: accountIds must be 32 lowercase hex chars each');
  }
  const now = options.now ?? (() => new Date());
  const state = new FakeState([...options.accountIds], options.userId ?? newId());
  const catalog = new PermissionGroupCatalog(options.permissionGroups ?? loadDefaultPermissionGroups());
  const requests: RequestLogEntry[] = [];
  const log = (e: RequestLogEntry) => {
    requests.push(e);
  };
  const apiTokenId = newId();
  const ctx: ApiContext = { state, catalog, now, adminTokenId: apiTokenId };

  const apiServer = createServer(apiRequestListener({ ctx, apiToken: options.apiToken, log }));
  const s3Server = createServer(s3RequestListener({
    state,
    now,
    maxObjectBytes: options.maxObjectBytes ?? 64 * 1024 * 1024,
    log,
  }));
  for (const s of [apiServer, s3Server]) {
    s.keepAliveTimeout = 1000;
    s.headersTimeout = 10_000;
    s.requestTimeout = 60_000;
  }
  let apiPort: number;
  let s3Port: number;
  try {
    apiPort = await listen(apiServer);
    s3Port = await listen(s3Server);
  } catch (e) {
    await Promise.all([closeServer(apiServer), closeServer(s3Server)]);
    throw e;
  }

  return {
    baseUrl: `http://127.0.0.1:${apiPort}${API_BASE_PATH}`,
    apiPort,
    s3Port,
    s3Endpoint(accountId: string, jurisdiction: Jurisdiction = 'default'): string {
      if (!JURISDICTIONS.includes(jurisdiction)) throw new Error(`fake-cloudflare: unknown jurisdiction ${jurisdiction}`);
      return `http://127.0.0.1:${s3Port}/${accountId}/${jurisdiction}`;
    },
    state,
    requests,
    catalog,
    apiTokenId,
    async close() {
      await Promise.all([closeServer(apiServer), closeServer(s3Server)]);
    },
  };
}

/** The R2 S3 credentials of a token returned by the create call (`{ id, value }`). */
export function r2Credentials(token: { id: string; value: string }): { accessKeyId: string; secretAccessKey: string } {
  return r2CredentialsFor(token);
}
