import { requireString } from './required';
import { isUnresolved } from '../core/terraform-text';
import { ErrorSubject, ValidationError } from '../core/validation-error';

/** A Cloudflare id (account, zone, user tag, permission group, token): 32 lowercase hex characters. */
export const HEX32_PATTERN = '[0-9a-f]{32}';
/** A whole string that is one Cloudflare id (see `HEX32_PATTERN`). */
export const HEX32 = new RegExp(`^${HEX32_PATTERN}$`);

/**
 * Checks a literal Cloudflare identifier (account id, zone id, user tag): 32 lowercase hex characters.
 * Unresolved tokens pass: Terraform resolves them.
 */
export function validateHexId(value: string, what: string, subject: ErrorSubject): void {
  requireString(value, camelCase(what), `give the ${what}: 32 lowercase hex characters (0-9, a-f), as shown in the dashboard URL and the API`, subject);
  if (isUnresolved(value)) return;
  if (!HEX32.test(value)) {
    throw new ValidationError(
      `Invalid ${what} "${value}": a Cloudflare ${what} is 32 lowercase hex characters (0-9, a-f), ` +
        'as shown in the dashboard URL and the API.',
      subject,
    );
  }
}

/** Checks a literal account id; see `validateHexId`. */
export function validateAccountId(value: string, subject: ErrorSubject): void {
  validateHexId(value, 'account id', subject);
}

/** The parameter that holds `what` in this library's API: "zone id" is `zoneId`, "user tag" is `userTag`. */
function camelCase(what: string): string {
  return what.replace(/ (\w)/g, (_, c: string) => c.toUpperCase());
}
