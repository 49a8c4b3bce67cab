/**
 * What every API token construct of this library gives back.
 */
export interface IApiToken {
  /** The token's id. */
  readonly tokenId: string;

  /** The token's secret value (sensitive; Cloudflare returns it only when the token is created). */
  readonly value: string;

  /** The token's status: `active`, `disabled` or `expired`. */
  readonly status: string;

  /** The R2 S3 Access Key ID: the token's id. */
  readonly accessKeyId: string;

  /**
   * The R2 S3 Secret Access Key: the lowercase hex SHA-256 of the token's value, computed by Terraform
   * and marked sensitive in every stack that references it.
   */
  readonly secretAccessKey: string;
}
