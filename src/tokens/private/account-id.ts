import { isPython, propName } from '../../core/python-names';
import { ValidationError } from '../../core/validation-error';
import { validateAccountId } from '../../validation/identifiers';
import { requireString } from '../../validation/required';

/**
 * The account id given, else CLOUDFLARE_ACCOUNT_ID; a literal must be 32 hex characters. `label` names the
 * construct in errors.
 */
export function resolveAccountId(given: string | undefined, label: string): string {
  if (given != null) {
    requireString(given, 'accountId', 'give the account id (32 hex characters), or leave it out to use CLOUDFLARE_ACCOUNT_ID', label);
  }
  const accountId = given ?? process.env.CLOUDFLARE_ACCOUNT_ID;
  if (accountId === undefined || accountId === '') {
    const setIt = isPython()
      ? 'set CLOUDFLARE_ACCOUNT_ID in the environment before the program starts (the library reads it when the first cdktf import starts its Node.js process; os.environ changes after that do not reach it)'
      : 'set CLOUDFLARE_ACCOUNT_ID before synth';
    throw new ValidationError(`no account id. Pass ${propName('accountId')} (32 hex characters) or ${setIt}.`, label);
  }
  const source = given == null ? ' (from CLOUDFLARE_ACCOUNT_ID)' : '';
  validateAccountId(accountId, `${label}${source}`);
  return accountId;
}
