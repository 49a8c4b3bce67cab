import { TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { propName } from '../../core/python-names';
import { stringLiteral, terraformExpression } from '../../core/terraform-expression';
import { literalText } from '../../core/terraform-text';

/** Terraform's `length(compact([value])) == 1`: true when `value` is neither null nor empty (`compact` drops both). */
export function isPresent(value: string): string {
  return terraformExpression`(length(compact([${value}])) == 1)`;
}

/**
 * `sha256(value)`, or `""` when the value is null or empty: Cloudflare returns a token's value only when
 * it creates the token, so an imported token has none, and a provider can lose it. The hash of nothing,
 * `e3b0c442…b855`, would look like a valid secret; `""` is refused by `refusedWhenEmpty` wherever the
 * credentials are used.
 */
export function hashOrEmpty(value: string): string {
  return terraformExpression`${isPresent(value)} ? sha256(${value}) : ""`;
}

/**
 * `hash` when it is not empty; otherwise the plan (or apply, when the value is known only then) fails
 * with `message`. Terraform has no function that raises an error, so the failing branch converts the
 * message to a bool, and Terraform prints `cannot convert "<message>" to bool`; it evaluates only the
 * branch the condition picks. The expression is evaluated in every stack that uses the credentials, so a
 * consumer refuses an empty hash read from the producer's state as well.
 */
export function refusedWhenEmpty(hash: string, message: string): string {
  return terraformExpression`${isPresent(hash)} ? ${hash} : tobool(${stringLiteral(message)})`;
}

/**
 * A Terraform `check` block named `name` whose assertion warns with `message` at every plan and apply while
 * `hash` is empty (a check warns; it does not fail).
 */
export function warnWhileEmpty(scope: Construct, name: string, hash: string, message: string): void {
  TerraformStack.of(scope).addOverride(`check.${name}`, {
    assert: [{ condition: isPresent(hash), error_message: literalText(message) }],
  });
}

/**
 * The message of a missing token value: which token, why it has no credentials, and how to get new ones.
 * `resourceAddresses` are the Terraform addresses of the token's resources, for a one-off
 * `terraform apply -replace`.
 */
export function missingValueMessage(tokenLabel: string, resourceAddresses: string[], adopted: boolean): string {
  // The same words wherever Terraform prints them: in a function argument `"` becomes `'` (`stringLiteral`).
  const label = tokenLabel.replace(/"/g, "'");
  const replace = resourceAddresses.map((address) => `-replace=${address}`).join(' ');
  if (adopted) {
    return (
      `${label} adopts an existing token (${propName('adoptTokenId')}), and Cloudflare returns a token value only when it creates the token, ` +
      'so it has no S3 credentials until its first rotation. Raise rotation.version when consumers are ready for new keys (a token ' +
      'without rotation.version: add it, deploy, then raise it). See "Adopting an existing token" in docs/rotation.md.'
    );
  }
  return (
    `${label} has no token value in the Terraform state, so it has no S3 credentials: Cloudflare returns a token value only when it ` +
    'creates the token, so an adopted or imported token has none, and a provider can lose it. Rotate the token to get a new value: ' +
    `raise rotation.version, or (a token without rotation.version) replace it once with terraform apply ${replace} ` +
    'in its stack directory under cdktf.out/stacks. See "Adopting an existing token" in docs/rotation.md.'
  );
}

/**
 * A resource's Terraform address, `type.name`, as text: it goes into a string literal, where cdktf cannot
 * resolve a token, so a name overridden later (`overrideLogicalId`) is not seen.
 */
export function terraformAddress(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}
