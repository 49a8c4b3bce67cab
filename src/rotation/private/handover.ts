import { Fn, IResolvable, Op, Precondition } from 'cdktf';
import { Construct } from 'constructs';
import type { StaticResource as TimeStatic, StaticResourceConfig } from '../../bindings/generated/providers/time/static-resource';
import { timeStaticBindings } from '../../bindings/time-bindings';

/*
 * Terraform has no memory of the previous configuration, so when `overlap` is removed, the one-token
 * layout cannot tell from its own config whether the token it keeps (the first, `Resource`) is the one
 * that holds the current credentials. Both layouts therefore share one `time_static`, the handover: the
 * two-token layouts write into it which token is current and until when the previous one is valid; the
 * one-token layout only reads it (ignore_changes) and refuses the plan while destroying the second token
 * would take credentials in use.
 */
const HANDOVER_ID = 'RotationHandover';
const CURRENT = 'current';
const PREVIOUS_VALID_UNTIL = 'previous_valid_until';
const FIRST_TOKEN_TURN = 'first_token_turn';
const LONG_AGO = '1970-01-01T00:00:00Z';

/** What a two-token layout records: which token is current, the end of the previous one's overlap, and when the first token's next turn comes. */
export interface PairHandover {
  readonly firstIsCurrent: boolean | IResolvable;
  readonly previousValidUntil: string;
  readonly firstTokenTurn: string;
}

/** Records `handover` in the state (a two-token layout). */
export function recordHandover(scope: Construct, handover: PairHandover): void {
  const current = typeof handover.firstIsCurrent === 'boolean'
    ? (handover.firstIsCurrent ? 'A' : 'B')
    : Fn.conditional(handover.firstIsCurrent, 'A', 'B');
  newTimeStatic(scope, {
    triggers: {
      [CURRENT]: current,
      [PREVIOUS_VALID_UNTIL]: handover.previousValidUntil,
      [FIRST_TOKEN_TURN]: handover.firstTokenTurn,
    },
  });
}

/**
 * The one-token layout's guard: a precondition for its token that holds while the second token (if an
 * earlier two-token layout left one) carries neither the current credentials nor previous ones still in
 * their overlap. `label` names the construct.
 */
export function handoverGuard(scope: Construct, label: string): Precondition {
  // A token that never had an overlap records itself as current, with nothing pending.
  const handover = newTimeStatic(scope, { triggers: { [CURRENT]: 'A' }, lifecycle: { ignoreChanges: ['triggers'] } });
  const recorded = (key: string, fallback: string) => Fn.lookup(handover.triggers, key, fallback);
  const validUntil = recorded(PREVIOUS_VALID_UNTIL, LONG_AGO);
  return {
    condition: Op.and(Op.eq(recorded(CURRENT, 'A'), 'A'), Op.neq(Fn.timecmp(Fn.plantimestamp(), validUntil), -1)),
    errorMessage:
      `${label}: rotation.overlap was removed while the token's second credentials are in use (current token: ` +
      `${recorded(CURRENT, 'A')}; previous credentials valid until ${validUntil}); this apply would destroy them. Put rotation.overlap back ` +
      `and deploy; remove it at a deploy after the first token is current again (its turn: ${recorded(FIRST_TOKEN_TURN, LONG_AGO)}) ` +
      'and the overlap after it has ended.',
  };
}

function newTimeStatic(scope: Construct, config: StaticResourceConfig): TimeStatic {
  return new (timeStaticBindings().StaticResource)(scope, HANDOVER_ID, config);
}
