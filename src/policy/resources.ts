import { ITerraformResource } from 'cdktf';
import { accountKey, r2BucketKey, userKey, zoneKey } from './private/resource-key';
import { SCOPE_ACCOUNT, SCOPE_R2_BUCKET, SCOPE_ZONE } from './private/scopes';
import { propName } from '../core/python-names';
import { r2BucketAttributes } from '../r2/private/r2-bucket-attributes';

/**
 * Builders for the resource keys of a token policy, as Cloudflare documents them.
 *
 * Methods named after a single key return the key (use it as a property name in `resources`); methods
 * that return a whole `resources` map say so. Every builder accepts cdktf tokens (for example the
 * attributes of an `R2Bucket`), and checks literal values at synth time.
 */
export class Resources {
  /** The bare account key: `com.cloudflare.api.account`, expanded by account-owned tokens to their own account. */
  public static readonly OWN_ACCOUNT = SCOPE_ACCOUNT;

  /** Key of one account: `com.cloudflare.api.account.<ACCOUNT_ID>`. */
  public static account(accountId: string): string {
    return accountKey(accountId, undefined);
  }

  /** Key of every account the token's owner can reach: `com.cloudflare.api.account.*`. */
  public static allAccounts(): string {
    return `${SCOPE_ACCOUNT}.*`;
  }

  /** Key of one zone: `com.cloudflare.api.account.zone.<ZONE_ID>`. */
  public static zone(zoneId: string): string {
    return zoneKey(zoneId, undefined);
  }

  /**
   * Key of every zone: `com.cloudflare.api.account.zone.*`. For an account-owned token this means the
   * zones of its own account.
   */
  public static allZones(): string {
    return `${SCOPE_ZONE}.*`;
  }

  /**
   * A whole `resources` map for every zone of one account:
   * `{"com.cloudflare.api.account.<ACCOUNT_ID>": {"com.cloudflare.api.account.zone.*": "*"}}`.
   */
  public static zonesOfAccount(accountId: string): { [key: string]: any } {
    return { [Resources.account(accountId)]: { [Resources.allZones()]: '*' } };
  }

  /** Key of one user: `com.cloudflare.api.user.<USER_TAG>`. */
  public static user(userTag: string): string {
    return userKey(userTag, undefined);
  }

  /**
   * Key of one R2 bucket: `com.cloudflare.edge.r2.bucket.<ACCOUNT_ID>_<JURISDICTION>_<BUCKET>`.
   *
   * @param accountId the account that owns the bucket
   * @param bucketName the bucket's name
   * @param jurisdiction `default`, `eu` or `fedramp`
   * @default jurisdiction "default"
   */
  public static r2Bucket(accountId: string, bucketName: string, jurisdiction?: string): string {
    return r2BucketKey(accountId, bucketName, jurisdiction, undefined);
  }

  /**
   * Key of the R2 bucket that a `cloudflare_r2_bucket` resource manages (any bindings' class for it); its
   * account, jurisdiction and name are read from the resource, so they may be unknown until apply.
   *
   * @param bucket a resource of Terraform type `cloudflare_r2_bucket`
   */
  public static r2BucketOf(bucket: ITerraformResource): string {
    const { accountId, jurisdiction, name } = r2BucketAttributes(bucket, `Resources.${propName('r2BucketOf')}`);
    return `${SCOPE_R2_BUCKET}.${accountId}_${jurisdiction}_${name}`;
  }

  /**
   * A whole `resources` map for every R2 bucket of one account:
   * `{"com.cloudflare.api.account.<ACCOUNT_ID>": {"com.cloudflare.edge.r2.bucket.*": "*"}}`.
   */
  public static allR2BucketsOfAccount(accountId: string): { [key: string]: any } {
    return { [Resources.account(accountId)]: { [`${SCOPE_R2_BUCKET}.*`]: '*' } };
  }

  private constructor() {}
}
