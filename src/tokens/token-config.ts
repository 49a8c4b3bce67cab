import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { ApiTokenProps } from './api-token-props';
import { ACCOUNT_TOKEN_PROPS, CONDITION_PROPS, REQUEST_IP_PROPS, USER_TOKEN_PROPS } from './property-names';
import { renderPolicies, PlanTimeGroupLookup, RenderedPolicy } from '../policy/policy-renderer';
import { literalText } from '../policy/terraform-text';
import { Effect } from '../policy/token-policy';
import { isUnresolved, literalShape } from '../policy/unresolved';
import { withContext } from '../validation/context';
import { validateIpOrCidr } from '../validation/ip';
import { checkKnownProperties } from '../validation/known-properties';
import { normalizeRfc3339 } from '../validation/time';

/** The provider arguments shared by `cloudflare_account_token` and `cloudflare_api_token`. */
export interface TokenConfig {
  readonly name: string;
  readonly policies: RenderedPolicy[];
  readonly notBefore?: string;
  readonly expiresOn?: string;
  readonly status?: string;
  readonly condition?: { requestIp: { in?: string[]; notIn?: string[] } };
}

const STATUSES: readonly string[] = ['active', 'disabled'];
// Cloudflare's API schema (cloudflare/api-schemas, components.schemas.iam_name): maxLength 120.
const MAX_NAME_LENGTH = 120;

/**
 * Checks token properties and turns them into provider arguments. `where` names the construct in errors;
 * `accountId` is the owning account of account-owned tokens.
 */
export function buildTokenConfig(
  scope: Construct,
  props: ApiTokenProps,
  owner: { readonly where: string; readonly accountId?: string },
  planTimeLookup: PlanTimeGroupLookup | undefined,
): TokenConfig {
  const where = owner.where;
  if (props === undefined || props === null || typeof props !== 'object') {
    throw new Error(`${where}: props are required: { name, policies }.`);
  }
  checkKnownProperties(props, owner.accountId === undefined ? USER_TOKEN_PROPS : ACCOUNT_TOKEN_PROPS, where, 'props');
  const name = checkName(props.name, where);
  const notBefore = props.notBefore === undefined ? undefined : withContext(where, () => normalizeRfc3339(props.notBefore!, 'notBefore'));
  const expiresOn = props.expiresOn === undefined ? undefined : withContext(where, () => normalizeRfc3339(props.expiresOn!, 'expiresOn'));
  checkTimeOrder(scope, notBefore, expiresOn, where);
  const policies = renderPolicies(props.policies, { owner, planTimeLookup, scope });
  if (policies.every((policy) => policy.effect === Effect.DENY)) {
    Annotations.of(scope).addWarning(`${where}: every policy is "deny", so the token grants nothing. Add an "allow" policy; a deny only narrows what allows grant.`);
  }
  return {
    name: literalText(name),
    policies,
    notBefore,
    expiresOn,
    status: checkStatus(props.status, where),
    condition: buildCondition(props, where),
  };
}

function checkName(name: unknown, where: string): string {
  if (typeof name !== 'string' || (!isUnresolved(name) && name.trim() === '')) {
    throw new Error(`${where}: name is ${JSON.stringify(name) ?? 'missing'}; give the token a non-empty name, e.g. "CI deploy token".`);
  }
  const length = [...literalShape(name, '')].length;
  if (length > MAX_NAME_LENGTH) {
    throw new Error(`${where}: name is ${length} characters long; Cloudflare takes at most ${MAX_NAME_LENGTH}. Shorten "${[...name].slice(0, 40).join('')}…".`);
  }
  return name;
}

function checkTimeOrder(scope: Construct, notBefore: string | undefined, expiresOn: string | undefined, where: string): void {
  if (expiresOn === undefined || isUnresolved(expiresOn)) return;
  if (notBefore !== undefined && !isUnresolved(notBefore) && Date.parse(expiresOn) <= Date.parse(notBefore)) {
    throw new Error(`${where}: expiresOn "${expiresOn}" is not after notBefore "${notBefore}"; the token would never be valid. Move expiresOn later.`);
  }
  if (Date.parse(expiresOn) <= Date.now()) {
    Annotations.of(scope).addWarning(`${where}: expiresOn "${expiresOn}" is in the past; Cloudflare will refuse the token from the start.`);
  }
}

function checkStatus(status: string | undefined, where: string): string | undefined {
  if (status === undefined || isUnresolved(status)) return status;
  const normalized = String(status).toLowerCase();
  if (!STATUSES.includes(normalized)) {
    throw new Error(`${where}: status "${status}" is not valid; use "active" or "disabled" (TokenStatus.ACTIVE, TokenStatus.DISABLED).`);
  }
  return normalized;
}

function buildCondition(props: ApiTokenProps, where: string): TokenConfig['condition'] {
  if (props.condition === undefined) return undefined;
  checkStruct(props.condition, CONDITION_PROPS, where, 'condition');
  const requestIp = props.condition.requestIp;
  if (requestIp === undefined) return undefined;
  checkStruct(requestIp, REQUEST_IP_PROPS, where, 'condition.requestIp');
  const checkList = (list: string[] | undefined, field: string): string[] | undefined => {
    if (list === undefined || isUnresolved(list)) return list;
    if (!Array.isArray(list)) throw new Error(`${where}: ${field} must be a list of IP addresses or CIDR ranges.`);
    list.forEach((entry) => withContext(where, () => validateIpOrCidr(entry, field)));
    return list;
  };
  const inList = checkList(requestIp.in, 'condition.requestIp.in');
  const notIn = checkList(requestIp.notIn, 'condition.requestIp.notIn');
  if (inList === undefined && notIn === undefined) return undefined;
  return { requestIp: { in: inList, notIn } };
}

function checkStruct(value: unknown, known: readonly string[], where: string, what: string): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${where}: ${what} must be an object with ${known.map((k) => `"${k}"`).join(' or ')}, got ${JSON.stringify(value)}.`);
  }
  checkKnownProperties(value, known, where, what);
}
