import { IConstruct } from 'constructs';
import { checkGroupScopes } from './group-scope-check';
import { KeyCheck, keyCollisionChecks } from './key-collisions';
import { isPermissionGroupId, PermissionGroupCatalog } from './permission-group-catalog';
import { MergeablePolicy, mergePolicies, uniteEqualKeys } from './policy-merge';
import { splitByForm, stableSort } from './resource-tree';
import { normalizeResources, scopeOfResources } from './resource-tree-from-input';
import { encodeResources } from './resource-tree-json';
import { TokenOwner } from './token-owner';
import { expressionTextIn, identityIn } from './value-identity';
import { isPython, propName } from '../../core/python-names';
import { isUnresolved, literalShape } from '../../core/terraform-text';
import { ValidationError } from '../../core/validation-error';
import { Choices } from '../../validation/choices';
import { checkKnownProperties, propertyNames } from '../../validation/unknown-properties';
import { Effect, TokenPolicy } from '../token-policy';

/** A policy in the shape of the provider's `policies` attribute. */
export interface RenderedPolicy {
  readonly effect: string;
  readonly permissionGroups: { id: string }[];
  readonly resources: string;
  /** Preconditions for the token resource: keys of `resources` that may resolve equal at plan time. */
  readonly keyChecks?: KeyCheck[];
}

/**
 * Resolves a permission group name at plan time (through the provider's permission-groups list data
 * source) and returns the id as a token; used only when the caller opted in.
 */
export type PlanTimeGroupLookup = (name: string, scope: string | undefined) => string;

/** How to render the policies of one token. */
export interface RenderOptions {
  readonly owner: TokenOwner;
  readonly catalog?: PermissionGroupCatalog;
  readonly planTimeLookup?: PlanTimeGroupLookup;
  /** The token construct: strings with tokens are compared by what they resolve to in its stack. */
  readonly scope?: IConstruct;
}

const EFFECTS = new Choices(Effect);
const POLICY_PROPS = propertyNames<TokenPolicy>({ effect: true, permissionGroups: true, resources: true });

/** A valid policy, written in the caller's language, for error messages. */
export function examplePolicy(): string {
  return isPython()
    ? 'TokenPolicy(effect="allow", permission_groups=["Zone Read"], resources={"com.cloudflare.api.account.zone.*": "*"})'
    : '{ effect: "allow", permissionGroups: ["Zone Read"], resources: { "com.cloudflare.api.account.zone.*": "*" } }';
}

/**
 * Checks the policies, resolves permission group names to ids, merges policies that share their effect and
 * resources or groups (see `mergePolicies`) and encodes `resources`. Output order is stable: permission
 * groups by id within a policy, policies by their canonical form.
 */
export function renderPolicies(policies: readonly TokenPolicy[] | undefined, options: RenderOptions): RenderedPolicy[] {
  return finishPolicies(checkPolicies(policies, options), options);
}

/**
 * The first half of `renderPolicies`: every policy checked, its groups resolved to ids. `firstNumber` is the
 * number of the first one in errors (policies added after the constructor's are numbered after them).
 */
export function checkPolicies(policies: readonly TokenPolicy[] | undefined, options: RenderOptions, firstNumber = 1): MergeablePolicy[] {
  if (!Array.isArray(policies)) {
    throw new ValidationError(
      `policies is ${JSON.stringify(policies) ?? 'missing'}; give a list of policies, e.g. ` +
        `[${examplePolicy()}], or [] when grants add them.`,
      options.owner.label,
    );
  }
  const identity = identityIn(options.scope);
  return policies
    .flatMap((policy, index) => checkPolicy(policy, firstNumber + index, options))
    .map((policy) => ({ ...policy, tree: uniteEqualKeys(policy.tree, identity) }));
}

/** The second half of `renderPolicies`: checked policies merged, with their key checks, and encoded. */
export function finishPolicies(checked: readonly MergeablePolicy[], options: RenderOptions): RenderedPolicy[] {
  const identity = identityIn(options.scope);
  const describe = expressionTextIn(options.scope);
  return mergePolicies(checked, identity).map((policy) => {
    const keyChecks = keyCollisionChecks(policy.tree, `${options.owner.label} ${policy.effect} policy`, describe);
    return {
      effect: policy.effect,
      permissionGroups: policy.groupIds.map((id) => ({ id })),
      resources: encodeResources(policy.tree),
      ...(keyChecks.length > 0 ? { keyChecks } : {}),
    };
  });
}

/**
 * One checked policy, or two with the same effect and groups where its resources mix "*" values and
 * nested maps (Cloudflare takes one form per policy; account-owned tokens nest zone keys, which makes
 * such a mix): the resources of one policy are a union, so the two grant and deny exactly what it did.
 */
function checkPolicy(policy: TokenPolicy, policyNumber: number, options: RenderOptions): MergeablePolicy[] {
  const label = `${options.owner.label} policy #${policyNumber}`;
  const owner = { ...options.owner, label };
  if (policy === null || typeof policy !== 'object' || Array.isArray(policy)) {
    throw new ValidationError(`a policy is an object { effect, ${propName('permissionGroups')}, resources }, got ${JSON.stringify(policy)}.`, label);
  }
  checkKnownProperties(policy, POLICY_PROPS, label, 'the policy');
  const effect = renderEffect(policy.effect, label);
  const tree = normalizeResources(policy.resources, owner);
  const scope = scopeOfResources(tree);
  const groupIds = resolveGroups(policy.permissionGroups, scope, label, options);
  checkGroupScopes(groupIds, tree, label, options.catalog ?? PermissionGroupCatalog.default);
  return splitByForm(tree).map((part) => ({ effect, groupIds, tree: part }));
}

function renderEffect(effect: string | undefined, label: string): string {
  if (effect === undefined || effect === null) {
    throw new ValidationError(`effect is missing; say ${EFFECTS.hint}. A policy never defaults to allow.`, label);
  }
  if (isUnresolved(effect)) return effect;
  const normalized = EFFECTS.find(String(effect));
  if (normalized === undefined) {
    throw new ValidationError(`effect "${effect}" is not valid; use ${EFFECTS.hint}.`, label);
  }
  return normalized;
}

function resolveGroups(groups: readonly string[] | undefined, scope: string | undefined, label: string, options: RenderOptions): string[] {
  if (!Array.isArray(groups) || groups.length === 0) {
    throw new ValidationError(
      `${propName('permissionGroups')} is empty. Name at least one group, e.g. "Zone Read" or PermissionGroups.ZONE_READ.`,
      label,
    );
  }
  const catalog = options.catalog ?? PermissionGroupCatalog.default;
  const ids = groups.map((group) => resolveGroup(group, scope, label, catalog, options.planTimeLookup));
  return stableSort([...new Set(ids)], (id) => (isUnresolved(id) ? `~${literalShape(id, '')}` : id));
}

function resolveGroup(
  group: string,
  scope: string | undefined,
  label: string,
  catalog: PermissionGroupCatalog,
  planTimeLookup: PlanTimeGroupLookup | undefined,
): string {
  if (typeof group !== 'string' || group.trim() === '') {
    throw new ValidationError(`permission group ${JSON.stringify(group)} is not a name or id; use e.g. "Zone Read" or a 32-hex id.`, label);
  }
  if (isUnresolved(group)) return group;
  if (isPermissionGroupId(group)) return group.toLowerCase();
  const found = catalog.lookup(group, scope);
  if (found.kind === 'found') return found.group.id;
  if (found.kind === 'ambiguous') {
    const choices = found.groups.map((g) => `${g.id} (${g.scopes.join(', ')})`).join(' or ');
    throw new ValidationError(
      `permission group "${group}" exists in several scopes and the policy's resources do not pick one: ` +
        `${choices}. Use the id, or a PermissionGroups constant with the scope suffix.`,
      label,
    );
  }
  if (planTimeLookup) return planTimeLookup(group, scope);
  throw new ValidationError(
    `unknown permission group "${group}". Closest names: ${catalog.closestNames(group, 3).map((s) => `"${s}"`).join(', ')}. ` +
      `Use one of those, a 32-hex id, or set ${propName('resolvePermissionGroupsAtPlanTime')} to look new groups up through the Cloudflare API.`,
    label,
  );
}
