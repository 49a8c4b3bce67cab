/**
 * Whether a policy grants or withholds its permission groups.
 */
export class Effect {
  /** The policy grants its permission groups on its resources. */
  public static readonly ALLOW = 'allow';
  /** The policy withholds its permission groups on its resources, over any allow. */
  public static readonly DENY = 'deny';

  private constructor() {}
}

/**
 * One access policy of a token: which permission groups it allows (or denies) on which resources.
 */
export interface TokenPolicy {
  /**
   * `allow` or `deny` (see `Effect`), in any case. Required, as in Cloudflare's API: a policy never
   * grants by default.
   */
  readonly effect: string;

  /**
   * Permission groups, each given by name (as the API or the dashboard spells it, e.g. "Zone Read",
   * "Workers R2 Storage Write", "Worker Routes Edit") or by 32-hex id (see `PermissionGroups`).
   * A name that Cloudflare uses in two scopes resolves by the scope of `resources`.
   */
  readonly permissionGroups: string[];

  /**
   * The resources the policy applies to: a map from resource key to `"*"` or to a nested map
   * (see `Resources` for every documented key). For account-owned tokens, the bare key
   * `com.cloudflare.api.account` means the token's own account, and top-level zone keys are nested under it.
   */
  readonly resources: { [key: string]: any };
}
