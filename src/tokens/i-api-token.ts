import { TokenPolicy } from '../policy/token-policy';
import { R2BucketRef } from '../r2/r2-bucket-ref';

/**
 * What every API token construct of this library gives back, and how other constructs add what they need
 * to it (`addPolicy` and the `grant*` methods; all policies are checked and merged at synth).
 *
 * @example
 * class Assets extends Construct {
 *   constructor(scope: Construct, id: string, deployer: IApiToken) {
 *     super(scope, id);
 *     const bucket = new R2Bucket(this, "bucket", { accountId, name: "assets" });
 *     deployer.grantR2Bucket(R2BucketRef.fromBucket(bucket), R2Access.READ_WRITE);
 *   }
 * }
 */
export interface IApiToken {
  /** The token's id. */
  readonly tokenId: string;

  /**
   * The token's secret value, marked sensitive in every stack that references it (Cloudflare returns it
   * only when the token is created). Used from another stack, the raw value crosses into that stack's
   * state: prefer `secretAccessKey` there when S3 credentials are all it needs.
   */
  readonly value: string;

  /** The token's status: `active`, `disabled` or `expired`. */
  readonly status: string;

  /** The R2 S3 Access Key ID: the token's id, marked sensitive in every stack (like its output). */
  readonly accessKeyId: string;

  /**
   * The R2 S3 Secret Access Key: the lowercase hex SHA-256 of the token's value, computed by Terraform
   * in the token's own stack (only the hash crosses to other stacks) and marked sensitive in every stack
   * that references it.
   */
  readonly secretAccessKey: string;

  /**
   * Adds a policy to the token, checked like a constructor policy at synth.
   *
   * @example
   * token.addPolicy({ effect: Effect.ALLOW, permissionGroups: ["Zone Read"], resources: { "com.cloudflare.api.account.zone.*": "*" } });
   */
  addPolicy(policy: TokenPolicy): void;

  /**
   * Grants the R2 bucket item permission groups of `access` (see `R2Access`) on one bucket.
   *
   * @example
   * token.grantR2Bucket(R2BucketRef.fromName("uploads"), R2Access.WRITE);
   */
  grantR2Bucket(bucket: R2BucketRef, access: string): void;

  /**
   * Grants permission groups on one zone.
   *
   * @example
   * token.grantZone("023e105f4ecef8ad9ca31a8372d0c353", ["DNS Write"]);
   */
  grantZone(zoneId: string, permissionGroups: string[]): void;

  /**
   * Grants permission groups on an account: an account-owned token's own, or for a user-owned token the
   * one named by `accountId`.
   *
   * @default accountId - an account-owned token's own account; a user-owned token must name one
   * @example
   * token.grantAccount(["Workers Scripts Write"]);
   */
  grantAccount(permissionGroups: string[], accountId?: string): void;
}
