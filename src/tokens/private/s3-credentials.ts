import { TerraformLocal } from 'cdktf';
import { Construct } from 'constructs';
import { hashOrEmpty, refusedWhenEmpty } from './value-guard';
import { terraformExpression } from '../../core/terraform-expression';

/** R2 S3 credentials derived from a token. */
export interface S3Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** S3 credentials whose secret is guarded, and the hash it guards (`""` when the token has no value). */
export interface GuardedS3Credentials extends S3Credentials {
  readonly hash: string;
}

/**
 * The S3 credentials of a token: Access Key ID = token id, Secret Access Key = `sha256(value)`, both
 * computed by Terraform and both wrapped in `sensitive()`, so they are marked sensitive in every stack.
 *
 * The hash is computed in the token's own stack, in a local: cdktf moves the referenced attribute through
 * remote state and re-evaluates functions around it in the consuming stack, so `sha256(value)` used
 * elsewhere would carry the raw token value into that stack's state. Referencing the local moves only
 * the hash. `sensitive()` outside the reference is evaluated in each stack and restores the mark that
 * remote state drops.
 *
 * A null or empty value gives no secret: the local holds `""`, and every use of `secretAccessKey` fails
 * with `missingValue` (see value-guard.ts), in this stack and in any stack that consumes it.
 */
export function s3CredentialsOf(scope: Construct, tokenId: string, value: string, missingValue: string, localId = 'SecretAccessKey'): GuardedS3Credentials {
  // The hash of the sensitive `value` is sensitive in this stack without a `sensitive()` of its own.
  // One reference to the local for every use: each `asString` makes a new token, which captures a stack trace.
  const hash = new TerraformLocal(scope, localId, hashOrEmpty(value)).asString;
  return {
    accessKeyId: sensitiveString(tokenId),
    secretAccessKey: sensitiveString(refusedWhenEmpty(hash, missingValue)),
    hash,
  };
}

/** `sensitive(<expression>)`, evaluated in whichever stack uses the result. */
export function sensitiveString(expression: string): string {
  return terraformExpression`sensitive(${expression})`;
}
