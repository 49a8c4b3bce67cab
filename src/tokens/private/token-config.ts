import { Annotations, IResolvable, TerraformResourceLifecycle } from 'cdktf';
import { Construct } from 'constructs';
import { ApiTokenProps, TokenStatus } from '../api-token-props';
import { ACCOUNT_TOKEN_PROPS, CONDITION_PROPS, REQUEST_IP_PROPS, USER_TOKEN_PROPS } from './token-props-keys';
import { propName } from '../../core/python-names';
import { literalText, isUnresolved, literalShape } from '../../core/terraform-text';
import { ValidationError } from '../../core/validation-error';
import { TokenOwner } from '../../policy/private/token-owner';
import { Choices } from '../../validation/choices';
import { validateIpOrCidr } from '../../validation/ip';
import { checkInAgainstNotIn } from '../../validation/request-ip';
import { normalizeRfc3339 } from '../../validation/time';
import { checkKnownProperties } from '../../validation/unknown-properties';

/** The provider arguments shared by `cloudflare_account_token` and `cloudflare_api_token`, but the policies. */
export interface TokenConfig {
  readonly name: string;
  readonly notBefore?: string;
  readonly expiresOn?: string;
  readonly status?: string;
  readonly condition?: { requestIp: { in?: string[]; notIn?: string[] } };
}

/** What a token kind's provider resource is made from: the checked props, and `policies` resolved at synth. */
export interface TokenResourceSettings extends TokenConfig {
  /** The token's policy document (`PolicyDocument.value`). */
  readonly policies: IResolvable;
  /** Set by a rotation: create-before-destroy and what replaces the token. */
  readonly lifecycle?: TerraformResourceLifecycle;
}

const STATUSES = new Choices(TokenStatus);
// Cloudflare's OpenAPI schema, components.schemas.iam_name: maxLength 120. Read in a public copy of the
// schema; cloudflare/api-schemas' own openapi.json (megabytes) was beyond the search tools used.
const MAX_NAME_LENGTH = 120;

/**
 * Checks the token properties but the policies (`PolicyDocument` owns those) and turns them into provider
 * arguments. `owner.label` names the construct in errors; `owner.accountId` is the owning account of
 * account-owned tokens.
 */
export function buildTokenConfig(scope: Construct, props: ApiTokenProps, owner: TokenOwner): TokenConfig {
  const label = owner.label;
  if (props === undefined || props === null || typeof props !== 'object') {
    throw new ValidationError('props are required: { name, policies }.', label);
  }
  checkKnownProperties(props, owner.accountId === undefined ? USER_TOKEN_PROPS : ACCOUNT_TOKEN_PROPS, label, 'props');
  const name = checkName(props.name, label);
  const notBefore = props.notBefore === undefined ? undefined : normalizeRfc3339(props.notBefore, propName('notBefore'), label);
  const expiresOn = props.expiresOn === undefined ? undefined : normalizeRfc3339(props.expiresOn, propName('expiresOn'), label);
  checkTimeOrder(scope, notBefore, expiresOn, label);
  return {
    name: literalText(name),
    notBefore,
    expiresOn,
    status: checkStatus(props.status, label),
    condition: buildCondition(scope, props, label),
  };
}

function checkName(name: unknown, label: string): string {
  if (typeof name !== 'string' || (!isUnresolved(name) && name.trim() === '')) {
    throw new ValidationError(`name is ${JSON.stringify(name) ?? 'missing'}; give the token a non-empty name, e.g. "CI deploy token".`, label);
  }
  const length = [...literalShape(name, '')].length;
  if (length > MAX_NAME_LENGTH) {
    throw new ValidationError(`name is ${length} characters long; Cloudflare takes at most ${MAX_NAME_LENGTH}. Shorten "${[...name].slice(0, 40).join('')}…".`, label);
  }
  return name;
}

function checkTimeOrder(scope: Construct, notBefore: string | undefined, expiresOn: string | undefined, label: string): void {
  if (expiresOn === undefined || isUnresolved(expiresOn)) return;
  if (notBefore !== undefined && !isUnresolved(notBefore) && Date.parse(expiresOn) <= Date.parse(notBefore)) {
    const [expires, before] = [propName('expiresOn'), propName('notBefore')];
    throw new ValidationError(`${expires} "${expiresOn}" is not after ${before} "${notBefore}"; the token would never be valid. Move ${expires} later.`, label);
  }
  if (Date.parse(expiresOn) <= Date.now()) {
    Annotations.of(scope).addWarning(`${label}: ${propName('expiresOn')} "${expiresOn}" is in the past; Cloudflare will refuse the token from the start.`);
  }
}

function checkStatus(status: string | undefined, label: string): string | undefined {
  if (status === undefined || isUnresolved(status)) return status;
  const normalized = STATUSES.find(String(status));
  if (normalized === undefined) {
    throw new ValidationError(`status "${status}" is not valid; use ${STATUSES.hint}.`, label);
  }
  return normalized;
}

function buildCondition(scope: Construct, props: ApiTokenProps, label: string): TokenConfig['condition'] {
  if (props.condition === undefined) return undefined;
  checkStruct(props.condition, CONDITION_PROPS, label, 'condition');
  const requestIp = props.condition.requestIp;
  if (requestIp === undefined) return undefined;
  checkStruct(requestIp, REQUEST_IP_PROPS, label, propName('condition.requestIp'));
  const checkList = (list: string[] | undefined, field: string, fix: string): string[] | undefined => {
    if (list === undefined || isUnresolved(list)) return list;
    if (!Array.isArray(list)) throw new ValidationError(`${field} must be a list of IP addresses or CIDR ranges.`, label);
    // Cloudflare's reading of an empty list (no address, or any?) is not documented; both widen or lock out.
    if (list.length === 0) throw new ValidationError(`${field} is an empty list; ${fix}.`, label);
    list.forEach((entry) => validateIpOrCidr(entry, field, label));
    return list;
  };
  const inField = propName('condition.requestIp.in');
  const notInField = propName('condition.requestIp.notIn');
  const inList = checkList(requestIp.in, inField, `leave ${inField} out to allow every address, or list the addresses the token may be used from`);
  const notIn = checkList(requestIp.notIn, notInField, `leave ${notInField} out when no address is refused, or list the addresses to refuse`);
  if (inList === undefined && notIn === undefined) return undefined;
  if (inList !== undefined && notIn !== undefined && !isUnresolved(inList) && !isUnresolved(notIn)) {
    const warnings = checkInAgainstNotIn({ field: inField, entries: inList }, { field: notInField, entries: notIn }, label);
    warnings.forEach((warning) => Annotations.of(scope).addWarning(`${label}: ${warning}`));
  }
  return { requestIp: { in: inList, notIn } };
}

function checkStruct(value: unknown, known: readonly string[], label: string, what: string): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError(`${what} must be an object with ${known.map((k) => `"${k}"`).join(' or ')}, got ${JSON.stringify(value)}.`, label);
  }
  checkKnownProperties(value, known, label, what);
}
