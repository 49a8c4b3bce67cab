import { propName } from '../../core/python-names';
import { isUnresolved } from '../../core/terraform-text';
import { ValidationError } from '../../core/validation-error';
import { accountKey, r2BucketKey, zoneKey } from '../../policy/private/resource-key';
import { TokenOwner } from '../../policy/private/token-owner';
import { Effect, TokenPolicy } from '../../policy/token-policy';
import { bucketItemGroups } from '../../r2/r2-access';
import { R2BucketRef } from '../../r2/r2-bucket-ref';
import { IApiToken } from '../i-api-token';

/** How errors name a grant method of `owner`: `AccountApiToken "app/ci" grantZone` (`grant_zone` under Python). */
export function grantLabel(owner: TokenOwner, method: keyof IApiToken): string {
  return `${owner.label} ${propName(method)}`;
}

/** The policy of `grantR2Bucket`: the bucket item groups of `access`, on that bucket only. */
export function r2BucketGrant(owner: TokenOwner, bucket: R2BucketRef, access: string): TokenPolicy {
  const label = grantLabel(owner, 'grantR2Bucket');
  const groups = bucketItemGroups(access, label);
  if (!(bucket instanceof R2BucketRef)) {
    throw new ValidationError(`the bucket must be an R2BucketRef; use R2BucketRef.${propName('fromBucket')}(bucket) or R2BucketRef.${propName('fromName')}("name").`, label);
  }
  const accountId = grantAccountId(owner, bucket.accountId, label, `R2BucketRef.${propName('fromName')}("${bucket.bucketName}", "${bucket.jurisdiction}", "<ACCOUNT_ID>")`);
  const key = r2BucketKey(accountId, bucket.bucketName, bucket.jurisdiction, label);
  return { effect: Effect.ALLOW, permissionGroups: groups, resources: { [key]: '*' } };
}

/** The policy of `grantZone`: the groups on one zone. */
export function zoneGrant(owner: TokenOwner, zoneId: string, permissionGroups: string[]): TokenPolicy {
  const key = zoneKey(zoneId, grantLabel(owner, 'grantZone'));
  return { effect: Effect.ALLOW, permissionGroups, resources: { [key]: '*' } };
}

/** The policy of `grantAccount`: the groups on one account (an account-owned token's own by default). */
export function accountGrant(owner: TokenOwner, permissionGroups: string[], accountId?: string): TokenPolicy {
  const label = grantLabel(owner, 'grantAccount');
  const account = grantAccountId(owner, accountId, label, `${propName('grantAccount' satisfies keyof IApiToken)}(groups, "<ACCOUNT_ID>")`);
  const key = accountKey(account, label);
  return { effect: Effect.ALLOW, permissionGroups, resources: { [key]: '*' } };
}

/**
 * The account a grant is on: the one given or the token's own. A user-owned token has no own account, and
 * an account-owned token reaches only its own.
 */
function grantAccountId(owner: TokenOwner, given: string | undefined, label: string, fix: string): string {
  if (owner.accountId === undefined) {
    if (given === undefined) {
      throw new ValidationError(`a user-owned token has no account of its own; name the account, e.g. ${fix}.`, label);
    }
    return given;
  }
  if (given !== undefined && !isUnresolved(given) && !isUnresolved(owner.accountId) && given !== owner.accountId) {
    throw new ValidationError(
      `account "${given}" is not the token's account "${owner.accountId}"; an account-owned token reaches only its own account. ` +
        'Use a token of that account, or a UserApiToken.',
      label,
    );
  }
  return given ?? owner.accountId;
}
