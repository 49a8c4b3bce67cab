import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { outputBaseName } from './outputs';
import { GuardedS3Credentials, S3Credentials, sensitiveString } from './s3-credentials';
import { warnWhileEmpty } from './value-guard';
import { propName } from '../../core/python-names';
import { isUnresolved } from '../../core/terraform-text';
import { ValidationError } from '../../core/validation-error';
import { RotationPlan } from '../../rotation/private/rotation-plan';
import { HEX32 } from '../../validation/identifiers';

// What an API token value looks like (40 characters of [A-Za-z0-9_-]): such input is not echoed in errors.
const TOKEN_VALUE_SHAPE = /^[A-Za-z0-9_-]{40}$/;

/**
 * Checks `adoptTokenId` (the id of an existing token to bring under management) against the rotation:
 * the second token of `rotation.overlap` would be created new, so an overlap cannot be adopted.
 * Returns the id, or `undefined` when there is nothing to adopt. `label` names the construct in errors.
 */
export function checkAdoption(adoptTokenId: unknown, rotation: RotationPlan | undefined, label: string): string | undefined {
  if (adoptTokenId === undefined) return undefined;
  const prop = propName('adoptTokenId');
  if (typeof adoptTokenId !== 'string' || (!isUnresolved(adoptTokenId) && adoptTokenId.trim() === '')) {
    throw new ValidationError(`${prop} is ${JSON.stringify(adoptTokenId) ?? 'missing'}; give the id of the token to adopt (32 lowercase hex characters).`, label);
  }
  if (!isUnresolved(adoptTokenId) && !HEX32.test(adoptTokenId)) throw new ValidationError(malformedId(adoptTokenId, prop), label);
  if (rotation !== undefined && rotation.kind !== 'single') {
    throw new ValidationError(
      `${prop} cannot be combined with rotation.overlap "${rotation.overlap.text}": an overlap keeps two tokens, and the second ` +
        'one would be created new, not adopted. Adopt the token without rotation.overlap; the overlap can be added once the token is under management.',
      label,
    );
  }
  return adoptTokenId;
}

function malformedId(id: string, prop: string): string {
  if (id.includes('/')) {
    return `${prop} "${id}" contains "/": give the token id alone (32 lowercase hex characters); the account id of the import id <account_id>/<token_id> comes from ${propName('accountId')}.`;
  }
  if (TOKEN_VALUE_SHAPE.test(id)) {
    return `${prop} looks like a token value (a secret, not repeated here), not a token id: give the token's id, 32 lowercase hex characters, as the Cloudflare API lists it.`;
  }
  return `${prop} "${id}" is not a Cloudflare token id: a token id is 32 lowercase hex characters (0-9, a-f), as the Cloudflare API lists it (GET /accounts/<account_id>/tokens or /user/tokens).`;
}

/**
 * Writes a Terraform `import` block that brings the existing token `tokenId` under `resource`: Cloudflare's
 * import id is `<account_id>/<token_id>` for an account-owned token and the token id for a user-owned one.
 */
export function adoptToken(resource: TerraformResource, tokenId: string, accountId: string | undefined): void {
  resource.importFrom(accountId === undefined ? tokenId : `${accountId}/${tokenId}`);
}

/**
 * The credentials the outputs of an adopted token carry. It has no value until its first rotation, and its
 * stack must still deploy (that is how the adoption and later changes apply), so its own secret output is
 * empty meanwhile instead of failing (not null: `cdktf deploy` fails on a null output), and a `check`
 * block warns with `message` at every plan. Every other use of `secretAccessKey`, in this stack or
 * another, fails with `message` until then.
 */
export function credentialsWhileAdopted(scope: Construct, credentials: GuardedS3Credentials, message: string): S3Credentials {
  warnWhileEmpty(scope, `${outputBaseName(scope)}_has_value`, credentials.hash, message);
  return { accessKeyId: credentials.accessKeyId, secretAccessKey: sensitiveString(credentials.hash) };
}
