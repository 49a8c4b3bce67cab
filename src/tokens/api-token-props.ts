import { ACTIVE_STATUS, DISABLED_STATUS } from '../core/token-statuses';
import { TokenPolicy } from '../policy/token-policy';
import { TokenRotation } from '../rotation/token-rotation';

/**
 * Addresses a token may (or may not) be used from.
 *
 * In Python the `in` field is named `in_` (jsii appends an underscore to reserved words).
 */
export interface RequestIpCondition {
  /**
   * IPv4/IPv6 addresses or CIDR ranges the token may be used from.
   *
   * @default - any address
   */
  readonly in?: string[];

  /**
   * IPv4/IPv6 addresses or CIDR ranges the token may not be used from.
   *
   * @default - none excluded
   */
  readonly notIn?: string[];
}

/** Conditions on the use of a token. */
export interface TokenCondition {
  /**
   * Client IP restrictions.
   *
   * @default - no IP restriction
   */
  readonly requestIp?: RequestIpCondition;
}

/** A token's status. */
export class TokenStatus {
  /** The token works. */
  public static readonly ACTIVE = ACTIVE_STATUS;
  /** The token exists but is refused until it is set active again. */
  public static readonly DISABLED = DISABLED_STATUS;

  private constructor() {}
}

/** Options every token construct of this library takes. */
export interface TokenOptions {
  /**
   * The time before which the token is refused (RFC 3339, e.g. "2030-01-01T00:00:00Z"). Sub-second
   * precision is dropped and the time is written in UTC, as Cloudflare stores it.
   *
   * @default - usable at once
   */
  readonly notBefore?: string;

  /**
   * The time from which the token is refused (RFC 3339), after `notBefore`. Not with `rotation.every`,
   * which sets the expiry itself; with `rotation.version`, every token the rotation makes expires then.
   *
   * @default - never expires
   */
  readonly expiresOn?: string;

  /**
   * Replace the token on a schedule (`every`) or on demand (`version`), optionally keeping the previous
   * credentials valid for a while (`overlap`). Adds the hashicorp/time provider to the stack.
   *
   * @default - the token is never replaced
   */
  readonly rotation?: TokenRotation;

  /**
   * Conditions on the token's use, such as client IP ranges.
   *
   * @default - none
   */
  readonly condition?: TokenCondition;

  /**
   * `active` or `disabled` (see `TokenStatus`).
   *
   * @default "active"
   */
  readonly status?: string;

  /**
   * Emit the S3 access key id and secret access key as sensitive Terraform outputs, named
   * `<construct path>_access_key_id` and `<construct path>_secret_access_key` (an `R2BucketToken`
   * adds `<construct path>_endpoint`).
   *
   * @default true
   */
  readonly createOutputs?: boolean;

  /**
   * The id of an existing token (32 hex characters) to bring under management instead of creating one:
   * writes a Terraform `import` block, so the first deploy imports the token, keeps its id, and updates its
   * name, policies, conditions and times in place. Cloudflare returns a token's value only when it creates
   * the token, so it has no S3 credentials until the first rotation: its secret output is empty, every plan
   * warns, and any other use of `secretAccessKey` fails the plan, naming the token. Give `rotation.version`
   * and raise it when consumers are ready for new keys. Not with `rotation.overlap`, whose second token
   * would be created new. See "Adopting an existing token" in docs/rotation.md.
   *
   * @default - a new token is created
   */
  readonly adoptTokenId?: string;
}

/** Properties shared by account-owned and user-owned API tokens. */
export interface ApiTokenProps extends TokenOptions {
  /** The token's name, as shown in the Cloudflare dashboard. */
  readonly name: string;

  /**
   * The token's access policies. May be empty when grants (`addPolicy`, `grantR2Bucket`, ...) add
   * policies before synth; a token without any policy at synth is an error.
   */
  readonly policies: TokenPolicy[];

  /**
   * Resolve permission group names missing from this library's catalog at plan time, through the
   * provider's permission-groups list data source, instead of failing at synth time. Use it for groups
   * newer than the catalog; names in the catalog still resolve at synth time.
   *
   * @default false
   */
  readonly resolvePermissionGroupsAtPlanTime?: boolean;
}

/** Properties of an `AccountApiToken`. */
export interface AccountApiTokenProps extends ApiTokenProps {
  /**
   * The account that owns the token (32 hex characters).
   *
   * @default - the CLOUDFLARE_ACCOUNT_ID environment variable at synth time
   */
  readonly accountId?: string;
}

/** Properties of a `UserApiToken`. */
export interface UserApiTokenProps extends ApiTokenProps {}
