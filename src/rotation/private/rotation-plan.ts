import { Duration, parseDuration } from './duration';
import { propName } from '../../core/python-names';
import { isUnresolved } from '../../core/terraform-text';
import { ValidationError } from '../../core/validation-error';
import { checkKnownProperties, propertyNames } from '../../validation/unknown-properties';
import { TokenRotation } from '../token-rotation';

/** One token, replaced when its schedule is due (`every`) or its `version` changes, whichever comes first. */
export interface SingleTokenRotation {
  readonly kind: 'single';
  readonly every?: Duration;
  readonly version?: string;
}

/** Two tokens that take turns on a schedule; the previous one stays valid for `overlap`. */
export interface ScheduledOverlapRotation {
  readonly kind: 'scheduled-overlap';
  readonly every: Duration;
  readonly overlap: Duration;
}

/** Two tokens that take turns by odd and even `version`; the previous one stays valid for `overlap`. */
export interface VersionedOverlapRotation {
  readonly kind: 'versioned-overlap';
  readonly version: string;
  readonly overlap: Duration;
}

/** A checked `rotation`. */
export type RotationPlan = SingleTokenRotation | ScheduledOverlapRotation | VersionedOverlapRotation;

// Go's time.Duration: 2^63 - 1 nanoseconds, in whole minutes (about 106,751 days).
const MAX_DURATION_MINUTES = 153_722_867;
const MINUTES_PER_DAY = 24 * 60;
/** The user's settings a rotation works with: expiry and start (checked), status, and names for errors. */
export interface TokenTimes {
  readonly expiresOn?: string;
  readonly notBefore?: string;
  readonly status?: string;
  /** The construct, in errors. */
  readonly label: string;
  /** `notBefore` as the user spells it (`not_before` in Python). */
  readonly notBeforeName: string;
}

const ROTATION_PROPS = propertyNames<TokenRotation>({ every: true, version: true, overlap: true });
const WHOLE_NUMBER = /^[0-9]{1,15}$/;

/**
 * Checks `rotation` against itself and `expiresOn`, and says which shape of rotation it asks for.
 * `label` names the construct in errors.
 */
export function planRotation(rotation: TokenRotation | undefined, times: TokenTimes): RotationPlan | undefined {
  const plan = checkedPlan(rotation, times.expiresOn, times.label);
  if (plan !== undefined && plan.kind !== 'versioned-overlap' && plan.every !== undefined) checkStartBeforeFirstExpiry(plan, times);
  return plan;
}

function checkedPlan(rotation: TokenRotation | undefined, expiresOn: string | undefined, label: string): RotationPlan | undefined {
  if (rotation === undefined) return undefined;
  if (rotation === null || typeof rotation !== 'object' || Array.isArray(rotation)) {
    throw new ValidationError(`rotation must be an object such as { every: "30d" }, { every: "30d", overlap: "7d" } or { version: "1" }, got ${JSON.stringify(rotation)}.`, label);
  }
  checkKnownProperties(rotation, ROTATION_PROPS, label, 'rotation');
  const every = rotation.every === undefined ? undefined : parseDuration(rotation.every, 'rotation.every', label);
  const overlap = rotation.overlap === undefined ? undefined : parseDuration(rotation.overlap, 'rotation.overlap', label);
  const version = checkVersion(rotation.version, label);
  if (every === undefined && version === undefined) {
    throw new ValidationError(`rotation needs every (a schedule such as "30d") or version (such as "1"; change it to rotate)${overlap ? ', and overlap works with one of them' : ''}.`, label);
  }
  if (every !== undefined && expiresOn !== undefined) {
    throw new ValidationError(
      `${propName('expiresOn')} "${expiresOn}" cannot be given with rotation.every "${every.text}": the rotation sets each token's expiry ` +
        `(two periods, plus overlap, after it is created). Remove ${propName('expiresOn')}, or rotate by version instead.`,
      label,
    );
  }
  if (overlap === undefined) {
    if (every !== undefined) checkTerraformRange(every, 1, 'rotation.every', label, 'the token expires one period after its rotation is due');
    return { kind: 'single', every, version };
  }
  if (every !== undefined && version !== undefined) {
    throw new ValidationError(
      `rotation.overlap "${overlap.text}" takes every or version, not both: the two tokens take turns either on the schedule ` +
        'or by odd and even versions. Remove one of them.',
      label,
    );
  }
  if (every !== undefined) {
    if (overlap.minutes >= every.minutes) {
      throw new ValidationError(`rotation.overlap "${overlap.text}" is not shorter than rotation.every "${every.text}"; the previous token must die before the next rotation. Shorten overlap or lengthen every.`, label);
    }
    checkTerraformRange(every, 2, 'rotation.every', label, 'with an overlap, a clock runs two periods (2 × every)');
    return { kind: 'scheduled-overlap', every, overlap };
  }
  if (!isUnresolved(version!) && !WHOLE_NUMBER.test(version!)) {
    throw new ValidationError(
      `rotation.version "${version}" must be a whole number such as "2" when rotation.overlap is given: the two tokens take turns by ` +
        'odd and even versions, so raise it by one to rotate.',
      label,
    );
  }
  checkTerraformRange(overlap, 1, 'rotation.overlap', label, 'the previous token is disabled one overlap after the current one is created');
  return { kind: 'versioned-overlap', version: version!, overlap };
}

/**
 * A literal `notBefore` must come before the first expiry the schedule gives, counted from now (the
 * deploy comes later, so this errs on the side of letting it through): one period plus the overlap for
 * the second token of a pair, two periods for a single token.
 */
function checkStartBeforeFirstExpiry(plan: SingleTokenRotation | ScheduledOverlapRotation, times: TokenTimes): void {
  const notBefore = times.notBefore;
  if (notBefore === undefined || isUnresolved(notBefore)) return;
  const every = plan.every!;
  const lifeMinutes = plan.kind === 'scheduled-overlap' ? every.minutes + plan.overlap.minutes : 2 * every.minutes;
  const firstExpiry = Date.now() + lifeMinutes * 60_000;
  if (Date.parse(notBefore) < firstExpiry) return;
  const life = plan.kind === 'scheduled-overlap' ? `one period plus the overlap ("${every.text}" + "${plan.overlap.text}")` : `two periods (2 × "${every.text}")`;
  throw new ValidationError(
    `${times.notBeforeName} "${notBefore}" is later than the first token's expiry, ${life} after the deploy: ` +
      `every token would expire before it is valid. Move ${times.notBeforeName} earlier, or lengthen rotation.every.`,
    times.label,
  );
}

/**
 * Refuses a duration that, times `factor` (the largest multiple the rotation adds in one step: a
 * `time_rotating` period or a `timeadd`), overflows Go's duration, which both count in.
 */
function checkTerraformRange(duration: Duration, factor: number, field: string, label: string, why: string): void {
  const largest = Math.floor(MAX_DURATION_MINUTES / factor);
  if (duration.minutes <= largest) return;
  const days = Math.floor(largest / MINUTES_PER_DAY);
  throw new ValidationError(
    `${field} "${duration.text}" is past what Terraform can count: ${why}, and Terraform's time arithmetic (a Go duration) ` +
      `reaches ${Math.floor(MAX_DURATION_MINUTES / MINUTES_PER_DAY)} days. Give at most "${days}d" (${largest} minutes).`,
    label,
  );
}

function checkVersion(version: unknown, label: string): string | undefined {
  if (version === undefined) return undefined;
  if (typeof version !== 'string' || (!isUnresolved(version) && version.trim() === '')) {
    throw new ValidationError(`rotation.version is ${JSON.stringify(version)}; give a non-empty string such as "1", and change it to rotate the token.`, label);
  }
  return version;
}
