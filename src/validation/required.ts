import { isPython, propName } from '../core/python-names';
import { isUnresolved } from '../core/terraform-text';
import { ErrorSubject, ValidationError } from '../core/validation-error';

/**
 * Refuses a required string that is missing (`undefined`, as an unset environment variable gives),
 * `null`, not a string, empty or blank; a cdktf token passes (Terraform resolves it).
 *
 * @param value the value as it arrived
 * @param name  the property or parameter, as TypeScript spells it (`bucketName`); the message uses the
 *              caller's language (`bucket_name` under Python)
 * @param fix   what to give instead, e.g. `give the bucket's name, e.g. "uploads"`
 * @param subject what errors name first
 */
export function requireString(value: unknown, name: string, fix: string, subject: ErrorSubject): string {
  if (typeof value === 'string' && (isUnresolved(value) || value.trim() !== '')) return value;
  if (isUnresolved(value)) return value as string;
  throw new ValidationError(`${propName(name)} is ${describeMissing(value)}; ${fix}.`, subject);
}

/** How a message names a value that is not a usable string: `undefined`, `null`, `empty ("")`, `blank (" ")`, `5 (a number, not a string)`. */
export function describeMissing(value: unknown): string {
  if (value === undefined || value === null) {
    if (isPython()) return 'None';
    return value === undefined ? 'undefined (not given, or an unset environment variable)' : 'null';
  }
  if (typeof value === 'string') return value === '' ? 'empty ("")' : `blank (${JSON.stringify(value)})`;
  return `${JSON.stringify(value) ?? String(value)} (${Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not a string)`;
}
