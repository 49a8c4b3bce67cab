/**
 * What every API token construct of this library gives back.
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
}
