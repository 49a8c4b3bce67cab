import { ITerraformResource } from 'cdktf';
import { r2BucketAttributes } from './private/r2-bucket-attributes';
import { propName } from '../core/python-names';
import { DEFAULT_JURISDICTION, validateR2BucketByName } from '../validation/r2';

/**
 * An R2 bucket to grant access to (see `IApiToken.grantR2Bucket`): a `cloudflare_r2_bucket` resource, or
 * a bucket known by name.
 *
 * @example
 * token.grantR2Bucket(R2BucketRef.fromBucket(bucket), R2Access.READ);
 * token.grantR2Bucket(R2BucketRef.fromName("uploads", "eu"), R2Access.READ_WRITE);
 */
export class R2BucketRef {
  /**
   * The bucket a `cloudflare_r2_bucket` resource manages: its account, jurisdiction and name are read from
   * the resource, so they may be unknown until apply. Any bindings' resource class for that Terraform type
   * is taken (`R2Bucket` of `@cdktf/provider-cloudflare`, or of your own `cdktf get`); anything else is
   * refused.
   *
   * @param bucket a resource of Terraform type `cloudflare_r2_bucket`
   * @example
   * const bucket = new R2Bucket(this, "assets", { accountId, name: "assets" });
   * token.grantR2Bucket(R2BucketRef.fromBucket(bucket), R2Access.READ);
   */
  public static fromBucket(bucket: ITerraformResource): R2BucketRef {
    const attributes = r2BucketAttributes(bucket, `R2BucketRef.${propName('fromBucket')}`);
    return new R2BucketRef(attributes.name, attributes.jurisdiction, attributes.accountId);
  }

  /**
   * A bucket by name. Literal values are checked at once.
   *
   * @param bucketName the bucket's name
   * @param jurisdiction `default`, `eu` or `fedramp`
   * @param accountId the account that owns the bucket; required when granting to a `UserApiToken`
   * @default jurisdiction "default"; accountId: the account of the account-owned token it is granted to
   * @example
   * token.grantR2Bucket(R2BucketRef.fromName("uploads", "eu"), R2Access.WRITE);
   */
  public static fromName(bucketName: string, jurisdiction?: string, accountId?: string): R2BucketRef {
    validateR2BucketByName(bucketName, jurisdiction, accountId, undefined);
    return new R2BucketRef(bucketName, jurisdiction ?? DEFAULT_JURISDICTION, accountId);
  }

  /** The bucket's name. */
  public readonly bucketName: string;
  /** The bucket's jurisdiction: `default`, `eu` or `fedramp`. */
  public readonly jurisdiction: string;
  /**
   * The account that owns the bucket.
   *
   * @default - the account of the account-owned token it is granted to
   */
  public readonly accountId?: string;

  private constructor(bucketName: string, jurisdiction: string, accountId: string | undefined) {
    this.bucketName = bucketName;
    this.jurisdiction = jurisdiction;
    this.accountId = accountId;
  }
}
