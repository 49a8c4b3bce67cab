import { Fn, IResolvable, Lazy, Op, TerraformResourceLifecycle, Token } from 'cdktf';
import { Construct } from 'constructs';
import { RotationPlan, ScheduledOverlapRotation, SingleTokenRotation, VersionedOverlapRotation } from './rotation-plan';
import { timeRotatingBindings, timeStaticBindings } from './time-bindings';
import { ensureTimeProvider } from './time-provider';
import type { Rotating as TimeRotating, RotatingConfig } from '../bindings/generated/providers/time/rotating';
import type { StaticResource as TimeStatic, StaticResourceConfig } from '../bindings/generated/providers/time/static-resource';
import { isUnresolved } from '../validation/unresolved';

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

// Token statuses (TokenStatus, one layer up).
const ACTIVE = 'active';
const DISABLED = 'disabled';
const RESOURCE_ID = 'Resource';
const SECOND_RESOURCE_ID = 'ResourceB';

/**
 * Creates the time resources of `plan` under `scope` and says how the token resources are made.
 * `expiresOn` and `status` are the user's (checked; `every` excludes `expiresOn`).
 */
export function rotationLayout(
  scope: Construct,
  plan: RotationPlan | undefined,
  expiresOn: string | undefined,
  status: string | undefined,
): RotationLayout {
  if (plan === undefined) return { slots: [{ id: RESOURCE_ID, expiresOn, status }], firstIsCurrent: true };
  ensureTimeProvider(scope);
  switch (plan.kind) {
    case 'single':
      return singleSlot(scope, plan, expiresOn, status);
    case 'scheduled-overlap':
      return scheduledPair(scope, plan, status ?? ACTIVE);
    case 'versioned-overlap':
      return versionedPair(scope, plan, expiresOn, status ?? ACTIVE);
  }
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
function replacedWith(trigger: TimeStatic): TerraformResourceLifecycle {
  const reference = Lazy.stringValue({ produce: () => `${trigger.terraformResourceType}.${trigger.friendlyUniqueId}` });
  return { createBeforeDestroy: true, replaceTriggeredBy: [reference] };
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
 * `time_static` that the token follows.
 */
function singleSlot(scope: Construct, plan: SingleTokenRotation, expiresOn: string | undefined, status: string | undefined): RotationLayout {
  const triggers = plan.version === undefined ? undefined : { version: plan.version };
  if (plan.every === undefined) {
    const clock = newTimeStatic(scope, 'Rotation', { triggers });
    return { slots: [{ id: RESOURCE_ID, expiresOn, status, lifecycle: replacedWith(clock) }], firstIsCurrent: true };
  }
  const clock = newTimeRotating(scope, 'Rotation', { rotationMinutes: plan.every.minutes, triggers });
  const expiry = Fn.timeadd(clock.rotationRfc3339, minutes(plan.every.minutes));
  const slot = { id: RESOURCE_ID, expiresOn: expiry, status, lifecycle: replacedWith(turnOf(clock)) };
  return { slots: [slot], firstIsCurrent: true, nextRotation: clock.rotationRfc3339 };
}

/**
 * Two tokens, A and B, each replaced every two periods, half a cycle apart: A's clock runs from its
 * creation; B's is set, when B is (re)created, to A's midpoint if that is still ahead, else to the
 * midpoint of A's next cycle. Terraform cannot remember whose turn it is, but the clocks can: the
 * current token is the one whose replacement is further away. Each token expires `overlap` after its
 * own clock's rotation time (at most two periods plus `overlap` after its creation).
 */
function scheduledPair(scope: Construct, plan: ScheduledOverlapRotation, status: string): RotationLayout {
  const every = plan.every.minutes;
  const clockA = newTimeRotating(scope, 'RotationA', { rotationMinutes: 2 * every });
  const midpoint = Fn.timeadd(clockA.rfc3339, minutes(every));
  const midpointAhead = later(midpoint, Fn.plantimestamp());
  const clockB = newTimeRotating(scope, 'RotationB', {
    rotationRfc3339: choose(midpointAhead, midpoint, Fn.timeadd(clockA.rfc3339, minutes(3 * every))),
    // Computed once, when B is created: A's later rotations must not replace B's clock.
    lifecycle: { ignoreChanges: ['rotation_rfc3339'] },
  });
  const firstIsCurrent = later(clockA.rotationRfc3339, clockB.rotationRfc3339);
  const plusOverlap = (time: string) => Fn.timeadd(time, minutes(plan.overlap.minutes));
  const statusA = choose(firstIsCurrent, status, previousStatus(plusOverlap(clockB.rfc3339), status));
  const statusB = choose(firstIsCurrent, previousStatus(plusOverlap(clockA.rfc3339), status), status);
  return {
    slots: [
      { id: RESOURCE_ID, lifecycle: replacedWith(turnOf(clockA)), expiresOn: plusOverlap(clockA.rotationRfc3339), status: statusA },
      { id: SECOND_RESOURCE_ID, lifecycle: replacedWith(turnOf(clockB)), expiresOn: plusOverlap(clockB.rotationRfc3339), status: statusB },
    ],
    firstIsCurrent,
    nextRotation: choose(firstIsCurrent, clockB.rotationRfc3339, clockA.rotationRfc3339),
  };
}

/**
 * Two tokens: A holds even versions, B odd ones, so raising the version by one replaces the older token
 * only. Both expire at `expiresOn`, if given.
 */
function versionedPair(scope: Construct, plan: VersionedOverlapRotation, expiresOn: string | undefined, status: string): RotationLayout {
  const { even, odd, isEven } = versionTurns(plan.version);
  const clockA = newTimeStatic(scope, 'RotationA', { triggers: { version: even } });
  const clockB = newTimeStatic(scope, 'RotationB', { triggers: { version: odd } });
  const overlapEnd = (currentCreated: string) => Fn.timeadd(currentCreated, minutes(plan.overlap.minutes));
  const statusA = choose(isEven, status, previousStatus(overlapEnd(clockB.rfc3339), status));
  const statusB = choose(isEven, previousStatus(overlapEnd(clockA.rfc3339), status), status);
  return {
    slots: [
      { id: RESOURCE_ID, lifecycle: replacedWith(clockA), expiresOn, status: statusA },
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
  return choose(later(overlapEnd, Fn.plantimestamp()), status, DISABLED);
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
