import { TerraformOutput, TerraformOutputConfig, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { S3Credentials } from './s3-credentials';
import { isPython } from '../../core/python-names';
import { labelOf, ValidationError } from '../../core/validation-error';

/** The sensitive outputs that carry a token's S3 credentials. */
export interface S3CredentialOutputs {
  readonly accessKeyIdOutput: TerraformOutput;
  readonly secretAccessKeyOutput: TerraformOutput;
}

/**
 * Outputs `<construct path>_access_key_id` and `<construct path>_secret_access_key`, both sensitive; with
 * `previous`, `<construct path>_previous_access_key_id` and `..._previous_secret_access_key`.
 */
export function s3CredentialOutputs(scope: Construct, credentials: S3Credentials, previous = false): S3CredentialOutputs {
  const prefix = previous ? 'previous_' : '';
  const base = `${outputBaseName(scope)}_${prefix}`;
  const whose = previous ? ' of the previous token, valid until the first apply after the rotation overlap' : '';
  return {
    accessKeyIdOutput: namedOutput(scope, `${prefix}access_key_id`, `${base}access_key_id`, {
      value: credentials.accessKeyId,
      sensitive: true,
      description: `R2 S3 Access Key ID (the token id)${whose}`,
    }),
    secretAccessKeyOutput: namedOutput(scope, `${prefix}secret_access_key`, `${base}secret_access_key`, {
      value: credentials.secretAccessKey,
      sensitive: true,
      description: `R2 S3 Secret Access Key (SHA-256 of the token value)${whose}`,
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
    throw new ValidationError(
      `its output "${name}" has the same name as the output of ${labelOf(owner)}: their ids differ only in ` +
        `characters Terraform does not allow in names, which become "_". Rename one of them, or set ${isPython() ? 'create_outputs=False' : 'createOutputs: false'} on one.`,
      labelOf(scope),
    );
  }
  owners.set(name, scope);
  const output = new TerraformOutput(scope, id, config);
  output.overrideLogicalId(name);
  return output;
}
