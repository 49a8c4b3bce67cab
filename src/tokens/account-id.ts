import { withContext } from '../validation/context';
import { validateAccountId } from '../validation/identifiers';

/**
 * The account id given, else CLOUDFLARE_ACCOUNT_ID; a literal must be 32 hex characters. `label` names the
 * construct in errors.
 */
export function resolveAccountId(given: string | undefined, label: string): string {
  const accountId = given ?? process.env.CLOUDFLARE_ACCOUNT_ID;
  if (accountId === undefined || accountId === '') {
    throw new Error(`${label}: no account id. Pass accountId (32 hex characters) or set CLOUDFLARE_ACCOUNT_ID before synth.`);
  }
  const source = given === undefined ? ' (from CLOUDFLARE_ACCOUNT_ID)' : '';
  withContext(`${label}${source}`, () => validateAccountId(accountId));
  return accountId;
}
