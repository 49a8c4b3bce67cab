import { Duration, parseDuration } from './duration';
import { TokenRotation } from './token-rotation';
import { withContext } from '../validation/context';
import { checkKnownProperties, propertyNames } from '../validation/known-properties';
import { propName } from '../validation/prop-names';
import { isUnresolved } from '../validation/unresolved';

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

const ROTATION_PROPS = propertyNames<TokenRotation>({ every: true, version: true, overlap: true });
const WHOLE_NUMBER = /^[0-9]{1,15}$/;

/**
 * Checks `rotation` against itself and `expiresOn`, and says which shape of rotation it asks for.
 * `label` names the construct in errors.
 */
export function planRotation(rotation: TokenRotation | undefined, expiresOn: string | undefined, label: string): RotationPlan | undefined {
  if (rotation === undefined) return undefined;
  if (rotation === null || typeof rotation !== 'object' || Array.isArray(rotation)) {
    throw new Error(`${label}: rotation must be an object such as { every: "30d" }, { every: "30d", overlap: "7d" } or { version: "1" }, got ${JSON.stringify(rotation)}.`);
  }
  checkKnownProperties(rotation, ROTATION_PROPS, label, 'rotation');
  const every = rotation.every === undefined ? undefined : withContext(label, () => parseDuration(rotation.every, 'rotation.every'));
  const overlap = rotation.overlap === undefined ? undefined : withContext(label, () => parseDuration(rotation.overlap, 'rotation.overlap'));
  const version = checkVersion(rotation.version, label);
  if (every === undefined && version === undefined) {
    throw new Error(`${label}: rotation needs every (a schedule such as "30d") or version (such as "1"; change it to rotate)${overlap ? ', and overlap works with one of them' : ''}.`);
  }
  if (every !== undefined && expiresOn !== undefined) {
    throw new Error(
      `${label}: ${propName('expiresOn')} "${expiresOn}" cannot be given with rotation.every "${every.text}": the rotation sets each token's expiry ` +
        `(two periods, plus overlap, after it is created). Remove ${propName('expiresOn')}, or rotate by version instead.`,
    );
  }
  if (overlap === undefined) return { kind: 'single', every, version };
  if (every !== undefined && version !== undefined) {
    throw new Error(
      `${label}: rotation.overlap "${overlap.text}" takes every or version, not both: the two tokens take turns either on the schedule ` +
        'or by odd and even versions. Remove one of them.',
    );
  }
  if (every !== undefined) {
    if (overlap.minutes >= every.minutes) {
      throw new Error(`${label}: rotation.overlap "${overlap.text}" is not shorter than rotation.every "${every.text}"; the previous token must die before the next rotation. Shorten overlap or lengthen every.`);
    }
    return { kind: 'scheduled-overlap', every, overlap };
  }
  if (!isUnresolved(version!) && !WHOLE_NUMBER.test(version!)) {
    throw new Error(
      `${label}: rotation.version "${version}" must be a whole number such as "2" when rotation.overlap is given: the two tokens take turns by ` +
        'odd and even versions, so raise it by one to rotate.',
    );
  }
  return { kind: 'versioned-overlap', version: version!, overlap };
}

function checkVersion(version: unknown, label: string): string | undefined {
  if (version === undefined) return undefined;
  if (typeof version !== 'string' || (!isUnresolved(version) && version.trim() === '')) {
    throw new Error(`${label}: rotation.version is ${JSON.stringify(version)}; give a non-empty string such as "1", and change it to rotate the token.`);
  }
  return version;
}
