import { R2Access, R2BucketToken, TokenRotation } from '../../src';
import { ACCOUNT_ID, synthJson } from '../support/synth';
import { applyAndReadOutputs } from '../support/terraform';

/*
 * Simulated `cdktf deploy`s of one rotated token, possibly with a different `rotation` each time. The
 * library's own expressions (clocks, which token is current, expiries, statuses, the handover and the
 * one-token layout's precondition) are evaluated by `terraform apply`; the resources around them behave
 * as Terraform and the providers do:
 * - a time_rotating past its rotation time is dropped at refresh and created at the apply's time; one
 *   that is kept keeps every attribute its lifecycle ignores (all that a rotation change touches);
 * - a time_static clock (by version) is replaced when a trigger its lifecycle does not ignore changes,
 *   and then takes every trigger from the configuration; a replaced clock replaces its token;
 * - a turn (time_static of its clock's id) that is replaced replaces its token; one that is only created
 *   does not (replace_triggered_by does not count a create);
 * - resources the configuration no longer has are destroyed; a failed precondition fails the plan, and
 *   nothing changes.
 */
export const T0 = Date.parse('2030-01-01T00:00:00Z');
export const at = (minute: number) => new Date(T0 + minute * 60_000).toISOString().replace('.000Z', 'Z');
export const minutesOf = (time: string) => (Date.parse(time) - T0) / 60_000;

export type Slot = 'A' | 'B';

export interface Clock {
  readonly created: string;
  /** When a time_rotating is due; `""` for a time_static. */
  readonly due: string;
  readonly triggers?: Record<string, string>;
}

/** One token: its generation (a new one per creation), when it was created, expiry and status. */
export interface TokenState {
  readonly generation: number;
  readonly created: number;
  /** The expiry (RFC 3339), `""` when the token has none. */
  readonly expires: string;
  readonly status: string;
}

/** What the state holds after a deploy, and the outputs. */
export interface DeployState {
  readonly clocks: Readonly<Record<string, Clock>>;
  readonly turns: Readonly<Record<string, string>>;
  readonly handover?: Readonly<Record<string, string>>;
  readonly tokens: Readonly<Partial<Record<Slot, TokenState>>>;
  readonly current: Slot;
  readonly previous?: Slot;
  readonly next?: string;
}

export interface Deploy {
  readonly minute: number;
  /** The token's rotation (`undefined`: none). */
  readonly rotation: TokenRotation | undefined;
  readonly state: DeployState;
  /** The precondition's message when the plan was refused (the state is then the one before). */
  readonly refused?: string;
}

const synthesized = new Map<string, any>();
function configOf(rotation: TokenRotation | undefined): any {
  const key = JSON.stringify(rotation);
  if (!synthesized.has(key)) {
    synthesized.set(key, synthJson((stack) => new R2BucketToken(stack, 'reader', { accountId: ACCOUNT_ID, bucketName: 'assets', access: R2Access.READ, rotation })));
  }
  return synthesized.get(key);
}

const constructId = (name: string) => /_(Rotation[A-Za-z]*)_[0-9A-F]+$/.exec(name)![1];
const slotOf = (name: string): Slot => (name.includes('_ResourceB_') ? 'B' : 'A');
let generations = 0;

/** One deploy at `minute` with `rotation` (`undefined`: none), after `before` (none: the first deploy). */
export function deploy(minute: number, rotation: TokenRotation | undefined, before?: DeployState): Deploy {
  const json = configOf(rotation);
  const now = at(minute);
  const clocksConfig: Record<string, any> = json.resource.time_rotating ?? {};
  const staticsConfig: Record<string, any> = json.resource.time_static ?? {};
  const tokensConfig: Record<string, any> = json.resource.cloudflare_account_token;

  // Refresh drops clocks past due; the apply creates what the config has and the state lacks.
  const kept = Object.fromEntries(Object.entries(before?.clocks ?? {}).filter(([, clock]) => clock.due !== '' && minute < minutesOf(clock.due)));
  const clocks: Record<string, Clock> = {};
  const locals: Record<string, unknown> = {};
  const substitutions: Array<[RegExp, string]> = [[/plantimestamp\(\)/g, `"${now}"`]];
  const handoverName = Object.keys(staticsConfig).find((name) => constructId(name) === 'RotationHandover');
  if (handoverName) substitutions.push([new RegExp(`time_static\\.${handoverName}\\.triggers`, 'g'), 'local.handover']);
  for (const [name, config] of Object.entries(clocksConfig)) {
    const id = constructId(name);
    substitutions.push([new RegExp(`time_rotating\\.${name}\\.(\\w+)`, 'g'), `local.${id}_$1`]);
    const clock = kept[id] ?? { created: now, due: config.rotation_minutes === undefined ? '' : at(minute + config.rotation_minutes), triggers: config.triggers };
    clocks[id] = clock;
    locals[`${id}_rfc3339`] = clock.created;
    locals[`${id}_triggers`] = clock.triggers ?? {};
    locals[`${id}_rotation_rfc3339`] = clock.due;
  }
  for (const [name, slot] of Object.entries(tokensConfig).map(([n]) => [n, slotOf(n)])) {
    substitutions.push([new RegExp(`cloudflare_account_token\\.${name}\\.id`, 'g'), `"${slot}"`]);
  }
  const expression = (text: string) => !text.startsWith('${') ? text : `\${${substitutions.reduce((t, [pattern, to]) => t.replace(pattern, to), text.replace(/^\$\{/, '').replace(/\}$/, '').replace(/^sensitive\((.*)\)$/, '$1'))}}`;
  for (const [name, config] of Object.entries(clocksConfig)) {
    const id = constructId(name);
    if (kept[id] === undefined && config.rotation_rfc3339 !== undefined) locals[`${id}_rotation_rfc3339`] = expression(config.rotation_rfc3339);
  }

  // Clocks by version: kept while the triggers they do not ignore are unchanged, else replaced now.
  const turns: Record<string, string> = {};
  const replacedTurns = new Set<string>();
  for (const [name, config] of Object.entries(staticsConfig)) {
    const id = constructId(name);
    if (id.endsWith('Turn') || id === 'RotationHandover') continue;
    const triggers: Record<string, string> = config.triggers ?? {};
    const ignored = (config.lifecycle?.ignore_changes ?? []).map((path: string) => /^triggers\["(.*)"\]$/.exec(path)![1]);
    const old = before?.clocks[id]?.due === '' ? before.clocks[id] : undefined;
    const same = old !== undefined && [...new Set([...Object.keys(triggers), ...Object.keys(old.triggers ?? {})])]
      .every((key) => ignored.includes(key) || triggers[key] === old.triggers?.[key]);
    const clock = same ? old : { created: now, due: '', triggers };
    if (old !== undefined && !same) replacedTurns.add(`time_static.${name}`);
    clocks[id] = clock;
    substitutions.push([new RegExp(`time_static\\.${name}\\.(\\w+)`, 'g'), `local.${id}_$1`]);
    locals[`${id}_rfc3339`] = clock.created;
    locals[`${id}_triggers`] = clock.triggers ?? {};
    locals[`${id}_rotation_rfc3339`] = '';
  }

  // Turns: replaced when their clock is new and they were there before; a replaced turn replaces its token.
  for (const [name, config] of Object.entries(staticsConfig)) {
    const id = constructId(name);
    if (!id.endsWith('Turn')) continue;
    const clock = clocks[id.replace(/Turn$/, '')];
    turns[id] = clock.created;
    if (before?.turns[id] !== undefined && before.turns[id] !== clock.created) replacedTurns.add(`time_static.${name}`);
    void config;
  }

  // The handover: kept as it is where the config ignores its changes, else computed now.
  const handoverConfig = handoverName ? staticsConfig[handoverName] : undefined;
  const handoverKept = handoverConfig?.lifecycle?.ignore_changes?.includes('triggers') && before?.handover !== undefined;
  const handoverNow = Object.entries(handoverConfig?.triggers ?? {}).map(([key, value]) => [key, expression(value as string)]);
  locals.handover = handoverKept ? before!.handover : Object.fromEntries(handoverNow);

  const output: Record<string, { value: string }> = {
    current: { value: expression(json.output.reader_access_key_id.value) },
    handover: { value: '${local.handover}' },
  };
  for (const id of Object.keys(clocks)) output[`due_${id}`] = { value: `\${local.${id}_rotation_rfc3339}` };
  if (json.output.reader_previous_access_key_id) output.previous = { value: expression(json.output.reader_previous_access_key_id.value) };
  if (json.output.reader_next_rotation) output.next = { value: expression(json.output.reader_next_rotation.value) };
  for (const [name, config] of Object.entries(tokensConfig)) {
    const slot = slotOf(name);
    output[`expires_${slot}`] = { value: config.expires_on === undefined ? '' : expression(config.expires_on) };
    output[`status_${slot}`] = { value: config.status === undefined ? 'active' : expression(config.status) };
    const precondition = config.lifecycle?.precondition?.[0];
    if (precondition) {
      output[`allowed_${slot}`] = { value: expression(precondition.condition) };
      output[`refusal_${slot}`] = { value: precondition.error_message.replace(/\$\{([^}]*)\}/g, (_: string, inner: string) => expression(`\${${inner}}`)) };
    }
  }
  const outputs = applyAndReadOutputs({ locals, output });
  const refusal = Object.keys(tokensConfig).map(slotOf).find((slot) => outputs[`allowed_${slot}`] === false);
  if (refusal !== undefined) {
    return { minute, rotation, state: before!, refused: outputs[`refusal_${refusal}`] as string };
  }

  const tokens: Partial<Record<Slot, TokenState>> = {};
  for (const [name, config] of Object.entries(tokensConfig)) {
    const slot = slotOf(name);
    const existing = before?.tokens[slot];
    const replaced = (config.lifecycle?.replace_triggered_by ?? []).some((ref: string) => replacedTurns.has(ref));
    const fresh = existing === undefined || replaced;
    tokens[slot] = {
      generation: fresh ? ++generations : existing.generation,
      created: fresh ? minute : existing.created,
      expires: outputs[`expires_${slot}`] as string,
      status: outputs[`status_${slot}`] as string,
    };
  }
  const dues = Object.fromEntries(Object.keys(clocks).map((id) => [id, outputs[`due_${id}`] as string]));
  return {
    minute,
    rotation,
    state: {
      clocks: Object.fromEntries(Object.entries(clocks).map(([id, clock]) => [id, { ...clock, due: dues[id] }])),
      turns,
      handover: handoverName ? (outputs.handover as Record<string, string>) : undefined,
      tokens,
      current: outputs.current as Slot,
      previous: outputs.previous as Slot | undefined,
      next: outputs.next as string | undefined,
    },
  };
}

/** Deploys at each of `steps` in turn, each after the last state that was applied. */
export function deploySeries(steps: ReadonlyArray<readonly [number, TokenRotation | undefined]>): Deploy[] {
  const deploys: Deploy[] = [];
  for (const [minute, rotation] of steps) deploys.push(deploy(minute, rotation, deploys[deploys.length - 1]?.state));
  return deploys;
}
