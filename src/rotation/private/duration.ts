import { isUnresolved } from '../../core/terraform-text';
import { ErrorSubject, ValidationError } from '../../core/validation-error';

const DURATION = /^([0-9]+)([mhd])$/;
const MINUTES_PER_UNIT: Record<string, number> = { m: 1, h: 60, d: 24 * 60 };
// time_rotating stores minutes as a 64-bit number; a million days is far beyond any token's life.
const MAX_MINUTES = 1_000_000 * 24 * 60;

/** A checked rotation duration: the text as given and its length in whole minutes. */
export interface Duration {
  readonly text: string;
  readonly minutes: number;
}

/**
 * Parses `<n>m`, `<n>h` or `<n>d` (n a positive whole number). `field` names the property in errors.
 * Durations decide the shape of the rotation at synth, so a token (an unresolved value) is refused.
 */
export function parseDuration(value: unknown, field: string, subject: ErrorSubject): Duration {
  if (typeof value === 'string' && isUnresolved(value)) {
    throw new ValidationError(`${field} must be a literal duration such as "30d", not a value Terraform resolves later: the rotation's resources depend on it at synth.`, subject);
  }
  const match = typeof value === 'string' ? DURATION.exec(value.trim()) : null;
  const minutes = match ? Number(match[1]) * MINUTES_PER_UNIT[match[2]] : NaN;
  const shown = JSON.stringify(value) ?? 'undefined';
  if (minutes === 0) throw new ValidationError(`${field} ${shown} is zero; give a positive duration such as "30d".`, subject);
  if (!(minutes > 0) || minutes > MAX_MINUTES) {
    throw new ValidationError(`${field} ${shown} is not a duration; use a whole number of minutes, hours or days such as "90m", "12h" or "30d".`, subject);
  }
  return { text: value as string, minutes };
}
