import { Fn, TerraformLocal, TerraformOutput, TerraformOutputConfig, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { labelOf } from './token-label';

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
 * computed by Terraform and both wrapped in `sensitive()`, so they are marked sensitive in every stack.
 *
 * The hash is computed in the token's own stack, in a local: cdktf moves the referenced attribute through
 * remote state and re-evaluates functions around it in the consuming stack, so `sha256(value)` used
 * elsewhere would carry the raw token value into that stack's state. Referencing the local moves only
 * the hash. `sensitive()` outside the reference is evaluated in each stack and restores the mark that
 * remote state drops.
 */
export function s3CredentialsOf(scope: Construct, tokenId: string, value: string): S3Credentials {
  // `sha256()` of the sensitive `value` is sensitive in this stack without a `sensitive()` of its own.
  const hash = new TerraformLocal(scope, 'SecretAccessKey', Fn.sha256(value));
  return { accessKeyId: sensitiveString(tokenId), secretAccessKey: sensitiveString(hash.asString) };
}

/** `sensitive(<expression>)`, evaluated in whichever stack uses the result. */
export function sensitiveString(expression: string): string {
  return Token.asString(Fn.sensitive(expression));
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
 * A readable output name prefix: the construct's path below the stack, with `/` and characters Terraform
 * does not allow in names turned into `_`, and `_` in front when it would start with a digit or `-`
 * (Terraform names start with a letter or `_`). Two paths can give the same prefix (`a.b`, `a_b`):
 * `namedOutput` refuses the second.
 */
export function outputBaseName(scope: Construct): string {
  const stackPath = TerraformStack.of(scope).node.path;
  const relative = scope.node.path.slice(stackPath.length).replace(/^\//, '');
  const sanitized = relative.replace(/[^A-Za-z0-9_-]/g, '_');
  return /^[0-9-]/.test(sanitized) ? `_${sanitized}` : sanitized;
}

// Which construct took each output name, per stack.
const OUTPUT_OWNERS = new WeakMap<TerraformStack, Map<string, Construct>>();

/**
 * A TerraformOutput whose Terraform name is `name` rather than cdktf's generated one. A name that another
 * construct of this library already took in the stack is an error naming both: Terraform would keep one
 * output, and a consumer would read the other token's credentials.
 */
export function namedOutput(scope: Construct, id: string, name: string, config: TerraformOutputConfig): TerraformOutput {
  const stack = TerraformStack.of(scope);
  const owners = OUTPUT_OWNERS.get(stack) ?? new Map<string, Construct>();
  OUTPUT_OWNERS.set(stack, owners);
  const owner = owners.get(name);
  if (owner !== undefined && owner !== scope) {
    throw new Error(
      `${labelOf(scope)}: its output "${name}" has the same name as the output of ${labelOf(owner)}: their ids differ only in ` +
        'characters Terraform does not allow in names, which become "_". Rename one of them, or set createOutputs: false on one.',
    );
  }
  owners.set(name, scope);
  const output = new TerraformOutput(scope, id, config);
  output.overrideLogicalId(name);
  return output;
}
