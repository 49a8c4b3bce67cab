/**
 * Shapes shared by the fake Cloudflare API and the fake R2 S3 endpoint.
 * Field names follow the Cloudflare v4 API (snake_case) so `fake.state` reads like API output.
 */

export type Jurisdiction = 'default' | 'eu' | 'fedramp';
export const JURISDICTIONS: readonly Jurisdiction[] = ['default', 'eu', 'fedramp'];

export interface PermissionGroup {
  readonly id: string;
  readonly name: string;
  readonly scopes: readonly string[];
}

export type TokenStatus = 'active' | 'disabled' | 'expired';

/** Resources as stored: `{ "<resource key>": "*" | { "<nested key>": "*" } }`. */
export type ResourceValue = '*' | { readonly [key: string]: ResourceValue };
export type Resources = { readonly [key: string]: ResourceValue };

export interface StoredPolicyPermissionGroup {
  readonly id: string;
  readonly name: string;
  readonly meta?: { readonly key?: string; readonly value?: string };
}

export interface StoredPolicy {
  readonly id: string;
  readonly effect: 'allow' | 'deny';
  readonly permission_groups: readonly StoredPolicyPermissionGroup[];
  /** Parsed object, keys sorted recursively (rendered as compact JSON in API responses). */
  readonly resources: Resources;
}

export interface RequestIpCondition {
  readonly in?: readonly string[];
  readonly not_in?: readonly string[];
}

export interface TokenCondition {
  readonly request_ip?: RequestIpCondition;
}

export type TokenOwner =
  | { readonly kind: 'account'; readonly accountId: string }
  | { readonly kind: 'user'; readonly userId: string };

/** A token as the fake stores it. Never holds the token value or the derived S3 secret. */
export interface StoredToken {
  readonly id: string;
  readonly owner: TokenOwner;
  name: string;
  status: TokenStatus;
  issued_on: string;
  modified_on: string;
  last_used_on?: string;
  not_before?: string;
  expires_on?: string;
  condition?: TokenCondition;
  policies: StoredPolicy[];
}

export interface StoredObject {
  readonly key: string;
  readonly body: Buffer;
  readonly etag: string;
  readonly contentType: string;
  readonly lastModified: Date;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface StoredBucket {
  readonly accountId: string;
  readonly jurisdiction: Jurisdiction;
  readonly name: string;
  readonly creation_date: string;
  readonly location: string;
  storage_class: string;
  readonly objects: Map<string, StoredObject>;
}

/** One line of `fake.requests`. Holds no token values, secrets, signatures or bodies. */
export interface RequestLogEntry {
  readonly service: 'api' | 's3';
  readonly method: string;
  /** API: path with query. S3: path without query (presigned queries carry credentials). */
  readonly path: string;
  readonly status: number;
  /** S3 operation name (GetObject, PutObject, ...) when known. */
  readonly operation?: string;
  /** Cloudflare error codes (API) or the S3 error code. */
  readonly errors?: readonly (number | string)[];
  /** S3: the access key id (= token id) that signed the request, if any. Not a secret. */
  readonly accessKeyId?: string;
  /** API: who called, once authenticated: `admin` (the fake's own API token) or the issued token's id. Not a secret. */
  readonly caller?: string;
  /** S3: 'header' or 'presigned' SigV4. */
  readonly auth?: 'header' | 'presigned';
  readonly at: string;
}
