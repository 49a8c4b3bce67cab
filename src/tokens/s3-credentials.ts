import { Fn, TerraformOutput, TerraformOutputConfig, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';

/** R2 S3 credentials derived from a token. */
export interface S3Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** The sensitive outputs that carry a token's S3 credentials. */
export interface S3CredentialOutputs {
  readonly accessKeyIdOutput: TerraformOutput;
  readonly secretAccessKeyOutput: TerraformOutput;
}

/**
 * The S3 credentials of a token: Access Key ID = token id, Secret Access Key = `sha256(value)`, both
 * computed by Terraform. `sensitive()` around the secret keeps it marked sensitive after it crosses into
 * another stack (cdktf moves the token's `value` through remote state, where the mark is lost, and
 * re-evaluates the functions there).
 */
export function s3CredentialsOf(tokenId: string, value: string): S3Credentials {
  return { accessKeyId: tokenId, secretAccessKey: Token.asString(Fn.sensitive(Fn.sha256(value))) };
}

/** Outputs `<construct path>_access_key_id` and `<construct path>_secret_access_key`, both sensitive. */
export function s3CredentialOutputs(scope: Construct, credentials: S3Credentials): S3CredentialOutputs {
  const base = outputBaseName(scope);
  return {
    accessKeyIdOutput: namedOutput(scope, 'access_key_id', `${base}_access_key_id`, {
      value: credentials.accessKeyId,
      sensitive: true,
      description: 'R2 S3 Access Key ID (the token id)',
    }),
    secretAccessKeyOutput: namedOutput(scope, 'secret_access_key', `${base}_secret_access_key`, {
      value: credentials.secretAccessKey,
      sensitive: true,
      description: 'R2 S3 Secret Access Key (SHA-256 of the token value)',
    }),
  };
}

/**
 * A readable output name prefix that is unique in the stack: the construct's path below the stack, with
 * `/` and characters Terraform does not allow in names turned into `_`.
 */
export function outputBaseName(scope: Construct): string {
  const stackPath = TerraformStack.of(scope).node.path;
  const relative = scope.node.path.slice(stackPath.length).replace(/^\//, '');
  return relative.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** A TerraformOutput whose Terraform name is `name` rather than cdktf's generated one. */
export function namedOutput(scope: Construct, id: string, name: string, config: TerraformOutputConfig): TerraformOutput {
  const output = new TerraformOutput(scope, id, config);
  output.overrideLogicalId(name);
  return output;
}
