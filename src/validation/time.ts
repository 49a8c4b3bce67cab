import { describeMissing } from './required';
import { isUnresolved } from '../core/terraform-text';
import { ErrorSubject, ValidationError } from '../core/validation-error';

// RFC 3339 date-time: full date, "T" (or "t"/space is not accepted by Cloudflare), time, fraction, offset.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * Parses a literal RFC 3339 time and returns it in the form Cloudflare stores: UTC, whole seconds,
 * `Z` suffix (so plans do not drift). Unresolved tokens are returned unchanged.
 */
export function normalizeRfc3339(value: string, field: string, subject: ErrorSubject): string {
  if (isUnresolved(value)) return value;
  if (typeof value !== 'string') {
    throw new ValidationError(`${field} is ${describeMissing(value)}; give an RFC 3339 time such as "2030-12-31T23:59:59Z", or leave it out.`, subject);
  }
  const match = RFC3339.exec(value);
  const millis = match ? Date.parse(value) : NaN;
  if (!match || Number.isNaN(millis) || !calendarFieldsValid(match)) {
    throw new ValidationError(
      `${field} "${value}" is not an RFC 3339 time; use one such as "2030-12-31T23:59:59Z" ` +
        "(date, 'T', time, and 'Z' or an offset like +02:00).",
      subject,
    );
  }
  const normalized = new Date(Math.floor(millis / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  if (!/^\d{4}-/.test(normalized) || normalized.startsWith('0000-')) {
    throw new ValidationError(
      `${field} "${value}" is ${normalized} in UTC, outside the years 0001 to 9999 that RFC 3339 and Cloudflare take; ` +
        'use a time within them, e.g. "9999-12-31T23:59:59Z".',
      subject,
    );
  }
  return normalized;
}

function calendarFieldsValid(match: RegExpExecArray): boolean {
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60;
}
