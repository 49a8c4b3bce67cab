import { Fn, IResolvable, Lazy, Op, Precondition, TerraformResourceLifecycle, Token } from 'cdktf';
import { Construct } from 'constructs';
import { Duration } from './duration';
import { handoverGuard, recordHandover } from './handover';
import { validBeforeExpiryGuard, wholeVersionGuard } from './plan-time-guards';
import { RotationPlan, TokenTimes, ScheduledOverlapRotation, SingleTokenRotation, VersionedOverlapRotation } from './rotation-plan';
import { ensureTimeProvider } from './time-provider';
import type { Rotating as TimeRotating, RotatingConfig } from '../../bindings/generated/providers/time/rotating';
import type { StaticResource as TimeStatic, StaticResourceConfig } from '../../bindings/generated/providers/time/static-resource';
import { timeRotatingBindings, timeStaticBindings } from '../../bindings/time-bindings';
import { isUnresolved } from '../../core/terraform-text';
import { ACTIVE_STATUS, DISABLED_STATUS } from '../../core/token-statuses';

/** One token resource of a (possibly rotated) token: its construct id, lifecycle, expiry and status. */
export interface TokenSlot {
  readonly id: string;
  readonly lifecycle?: TerraformResourceLifecycle;
  readonly expiresOn?: string;
  readonly status?: string;
}

/**
 * The token resources a rotation needs (one, or two that take turns) and which of them holds the current
 * credentials: `firstIsCurrent` is `true` for a single slot, else a boolean known at synth or a Terraform
 * condition.
 */
export interface RotationLayout {
  readonly slots: TokenSlot[];
  readonly firstIsCurrent: boolean | IResolvable;
  /** The next scheduled rotation (RFC 3339), when there is a schedule. */
  readonly nextRotation?: string;
}

const RESOURCE_ID = 'Resource';
const SECOND_RESOURCE_ID = 'ResourceB';
/** The triggers in which a scheduled pair's clock keeps the overlap and period (minutes) it was created with. */
const OVERLAP_TRIGGER = 'overlap_minutes';
const EVERY_TRIGGER = 'every_minutes';

/**
 * Creates the time resources of `plan` under `scope` and says how the token resources are made.
 * `expiresOn`, `notBefore` and `status` are the user's (checked; `every` excludes `expiresOn`). With a
 * schedule and `notBefore`, each token's plan checks that it becomes valid before it expires.
 */
export function rotationLayout(scope: Construct, plan: RotationPlan | undefined, settings: TokenTimes): RotationLayout {
  const { expiresOn, status, label } = settings;
  if (plan === undefined) return { slots: [{ id: RESOURCE_ID, expiresOn, status }], firstIsCurrent: true };
  ensureTimeProvider(scope);
  const layout = plan.kind === 'single'
    ? singleSlot(scope, plan, expiresOn, status, handoverGuard(scope, label))
    : plan.kind === 'scheduled-overlap'
      ? scheduledPair(scope, plan, status ?? ACTIVE_STATUS, label)
      : versionedPair(scope, plan, expiresOn, status ?? ACTIVE_STATUS, label);
  const notBefore = settings.notBefore;
  if (notBefore === undefined || plan.kind === 'versioned-overlap' || plan.every === undefined) return layout;
  const slots = layout.slots.map((slot) => {
    const guard = validBeforeExpiryGuard(notBefore, slot.expiresOn!, label, settings.notBeforeName);
    return { ...slot, lifecycle: { ...slot.lifecycle, precondition: [...(slot.lifecycle?.precondition ?? []), guard] } };
  });
  return { ...layout, slots };
}

/**
 * `condition ? whenTrue : whenFalse`, decided at synth when the condition is known then. An undefined
 * branch is Terraform's `null` (an argument left out).
 */
export function choose<T extends string | undefined>(condition: boolean | IResolvable, whenTrue: T, whenFalse: T): T {
  if (typeof condition === 'boolean') return condition ? whenTrue : whenFalse;
  const orNull = (value: T) => value ?? Token.nullValue();
  return Token.asString(Fn.conditional(condition, orNull(whenTrue), orNull(whenFalse))) as T;
}

/**
 * Created before the old one is deleted, and replaced whenever `trigger` is. The reference is a plain
 * `type.name`: Terraform reads `replace_triggered_by` in JSON as bare references, and cdktf would write a
 * resource given here as `${type.name}`, which `terraform init` refuses.
 */
function replacedWith(trigger: TimeStatic, precondition?: Precondition): TerraformResourceLifecycle {
  const reference = Lazy.stringValue({ produce: () => `${trigger.terraformResourceType}.${trigger.friendlyUniqueId}` });
  return { createBeforeDestroy: true, replaceTriggeredBy: [reference], ...(precondition ? { precondition: [precondition] } : {}) };
}

/**
 * A `time_static` replaced whenever `clock` rotates. An expired `time_rotating` is dropped from the state
 * at refresh and then created, which `replace_triggered_by` does not count as a change
 * (hashicorp/terraform-provider-time#118); its new id does change this resource's triggers.
 */
function turnOf(clock: TimeRotating): TimeStatic {
  return newTimeStatic(clock.node.scope!, `${clock.node.id}Turn`, { triggers: { rotation: clock.id } });
}

function newTimeStatic(scope: Construct, id: string, config: StaticResourceConfig): TimeStatic {
  return new (timeStaticBindings().StaticResource)(scope, id, config);
}

function newTimeRotating(scope: Construct, id: string, config: RotatingConfig): TimeRotating {
  return new (timeRotatingBindings().Rotating)(scope, id, config);
}

function minutes(count: number): string {
  return `${count}m`;
}

/**
 * One token. A schedule is a `time_rotating` (re-based by `version` when both are given); the token
 * expires one period after its rotation is due (two after its creation). `version` alone is a
 * `time_static` that the token follows. `guard` keeps an earlier overlap's second token from being
 * destroyed while its credentials are in use (see handover.ts).
 */
function singleSlot(
  scope: Construct,
  plan: SingleTokenRotation,
  expiresOn: string | undefined,
  status: string | undefined,
  guard: Precondition,
): RotationLayout {
  const triggers = plan.version === undefined ? undefined : { version: plan.version };
  if (plan.every === undefined) {
    const clock = newTimeStatic(scope, 'Rotation', { triggers });
    return { slots: [{ id: RESOURCE_ID, expiresOn, status, lifecycle: replacedWith(clock, guard) }], firstIsCurrent: true };
  }
  const clock = newTimeRotating(scope, 'Rotation', {
    rotationMinutes: plan.every.minutes,
    triggers,
    // A changed `every` applies from the next turn: updated in place, the clock would move its due time
    // back, possibly into the past, and expire the current token at once.
    lifecycle: { ignoreChanges: ['rotation_minutes'] },
  });
  const expiry = Fn.timeadd(clock.rotationRfc3339, minutes(plan.every.minutes));
  const slot = { id: RESOURCE_ID, expiresOn: expiry, status, lifecycle: replacedWith(turnOf(clock), guard) };
  return { slots: [slot], firstIsCurrent: true, nextRotation: clock.rotationRfc3339 };
}

/**
 * Two tokens, A and B, each replaced every two periods, half a cycle apart: A's clock runs from its
 * creation; B's is set, when B is (re)created, to half a cycle before A's rotation if that is still
 * ahead, else half a cycle after it. Terraform cannot remember whose turn it is, but the clocks can: the
 * current token is the one whose replacement is further away.
 *
 * Each clock keeps what it was created with (ignore_changes): its due time, and the overlap then
 * configured (a trigger). So a change of `every` or `overlap` never moves a due time, never flips which
 * token is current, and never shortens the previous token's overlap; it applies from the next turn. The
 * previous token is valid until the current one's creation plus the current clock's overlap, and each
 * token expires the other clock's overlap after its own rotation (it is previous only after the other
 * was created, which is before its own rotation, so it never expires inside its overlap).
 */
function scheduledPair(scope: Construct, plan: ScheduledOverlapRotation, status: string, label: string): RotationLayout {
  const every = plan.every.minutes;
  const created = { [OVERLAP_TRIGGER]: String(plan.overlap.minutes), [EVERY_TRIGGER]: String(every) };
  const clockA = newTimeRotating(scope, 'RotationA', {
    rotationMinutes: 2 * every,
    triggers: created,
    lifecycle: { ignoreChanges: ['rotation_minutes', 'triggers'] },
  });
  const halfCycleBefore = Fn.timeadd(clockA.rotationRfc3339, minutes(-every));
  const clockB = newTimeRotating(scope, 'RotationB', {
    rotationRfc3339: choose(later(halfCycleBefore, Fn.plantimestamp()), halfCycleBefore, Fn.timeadd(clockA.rotationRfc3339, minutes(every))),
    triggers: created,
    // Computed once, when B is created: A's later rotations must not replace B's clock.
    lifecycle: { ignoreChanges: ['rotation_rfc3339', 'triggers'] },
  });
  const firstIsCurrent = later(clockA.rotationRfc3339, clockB.rotationRfc3339);
  const overlapOf = (clock: TimeRotating) => Fn.format('%sm', [Fn.lookup(clock.triggers, OVERLAP_TRIGGER, created[OVERLAP_TRIGGER])]);
  const validUntilA = Fn.timeadd(clockB.rfc3339, overlapOf(clockB)); // A's end as the previous token
  const validUntilB = Fn.timeadd(clockA.rfc3339, overlapOf(clockA));
  const statusA = choose(firstIsCurrent, status, previousStatus(validUntilA, status));
  const statusB = choose(firstIsCurrent, previousStatus(validUntilB, status), status);
  recordHandover(scope, {
    firstIsCurrent,
    previousValidUntil: choose(firstIsCurrent, validUntilB, validUntilA),
    firstTokenTurn: clockA.rotationRfc3339,
  });
  const expiryA = Fn.timeadd(clockA.rotationRfc3339, overlapOf(clockB));
  const expiryB = Fn.timeadd(clockB.rotationRfc3339, overlapOf(clockA));
  const everyOf = (clock: TimeRotating) => Fn.tonumber(Fn.lookup(clock.triggers, EVERY_TRIGGER, created[EVERY_TRIGGER]));
  const guard = shorterEveryGuard(plan.every, Fn.max([everyOf(clockA), everyOf(clockB)]), label);
  return {
    slots: [
      { id: RESOURCE_ID, lifecycle: replacedWith(turnOf(clockA), guard), expiresOn: expiryA, status: statusA },
      { id: SECOND_RESOURCE_ID, lifecycle: replacedWith(turnOf(clockB)), expiresOn: expiryB, status: statusB },
    ],
    firstIsCurrent,
    nextRotation: choose(firstIsCurrent, clockB.rotationRfc3339, clockA.rotationRfc3339),
  };
}

/**
 * A scheduled pair's period must not shrink below the longest period its clocks run on. A, renewed, is
 * due two new periods later; B was set one old period after A's previous turn. With a shorter period, A
 * comes due too soon after B takes over, and is replaced inside the overlap it owes as the previous
 * token (or, under half the old period, before B: then B is current and is replaced at once). Terraform
 * cannot let A's clock read B's (B's reads A's), so the change is refused with a safe way round: one
 * token in between.
 */
function shorterEveryGuard(every: Duration, longestRecorded: number, label: string): Precondition {
  return {
    condition: Op.gte(every.minutes, longestRecorded),
    errorMessage:
      `${label}: rotation.every "${every.text}" is shorter than the period the token's clocks were created with ` +
      `(${Token.asString(longestRecorded)} minutes): the next token would come due before the current one's overlap has ended, ` +
      'and its credentials would die early. To shorten every: remove rotation.overlap (the plan says when that is safe), ' +
      'deploy, then give the new every with the overlap again and deploy.',
  };
}

/**
 * Two tokens: A holds even versions, B odd ones, so raising the version by one replaces the older token
 * only. Both expire at `expiresOn`, if given. Each clock keeps the overlap it was created with (like a
 * scheduled pair's), so a changed `overlap` never shortens the previous token's; it applies from the
 * next version.
 */
function versionedPair(
  scope: Construct,
  plan: VersionedOverlapRotation,
  expiresOn: string | undefined,
  status: string,
  label: string,
): RotationLayout {
  const { even, odd, isEven } = versionTurns(plan.version);
  const versionGuard = isUnresolved(plan.version) ? wholeVersionGuard(plan.version, label) : undefined;
  const configured = String(plan.overlap.minutes);
  // Only a new version replaces a clock; it then records the overlap configured at that moment.
  const keepsOverlap = { ignoreChanges: [`triggers["${OVERLAP_TRIGGER}"]`] };
  const clockA = newTimeStatic(scope, 'RotationA', { triggers: { version: even, [OVERLAP_TRIGGER]: configured }, lifecycle: keepsOverlap });
  const clockB = newTimeStatic(scope, 'RotationB', { triggers: { version: odd, [OVERLAP_TRIGGER]: configured }, lifecycle: keepsOverlap });
  // A clock created before overlaps were recorded has none: the configured one stands in.
  const overlapEnd = (current: TimeStatic) =>
    Fn.timeadd(current.rfc3339, Fn.format('%sm', [Fn.lookup(current.triggers, OVERLAP_TRIGGER, configured)]));
  const statusA = choose(isEven, status, previousStatus(overlapEnd(clockB), status));
  const statusB = choose(isEven, previousStatus(overlapEnd(clockA), status), status);
  recordHandover(scope, {
    firstIsCurrent: isEven,
    previousValidUntil: choose(isEven, overlapEnd(clockA), overlapEnd(clockB)),
    firstTokenTurn: 'the next even version',
  });
  return {
    slots: [
      { id: RESOURCE_ID, lifecycle: replacedWith(clockA, versionGuard), expiresOn, status: statusA },
      { id: SECOND_RESOURCE_ID, lifecycle: replacedWith(clockB), expiresOn, status: statusB },
    ],
    firstIsCurrent: isEven,
  };
}

/**
 * The previous token's status: the current one's until the overlap ends, then `disabled`, set by the
 * first apply after that. (An expiry would not do: the provider drops an expired token from the state,
 * and the next apply would create it again.)
 */
function previousStatus(overlapEnd: string, status: string): string {
  return choose(later(overlapEnd, Fn.plantimestamp()), status, DISABLED_STATUS);
}

/** The even version at or below `version`, the odd one at or below it, and whether it is even. */
function versionTurns(version: string): { even: string; odd: string; isEven: boolean | IResolvable } {
  if (!isUnresolved(version)) {
    const n = Number(version);
    const even = n - (n % 2);
    return { even: String(even), odd: String(n % 2 === 1 ? n : n - 1), isEven: n % 2 === 0 };
  }
  return {
    even: Token.asString(Op.mul(Fn.floor(Op.div(version, 2)), 2)),
    odd: Token.asString(Op.sub(Op.mul(Fn.floor(Op.div(Op.add(version, 1), 2)), 2), 1)),
    isEven: Op.neq(Op.mod(version, 2), 1),
  };
}

/**
 * Whether RFC 3339 time `a` is after `b`. (`timecmp` gives -1, 0 or 1; cdktf renders a literal 0 operand
 * as `undefined`, so the comparison is with 1.)
 */
function later(a: string, b: string): IResolvable {
  return Op.eq(Fn.timecmp(a, b), 1);
}
