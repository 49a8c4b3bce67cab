import { TerraformStack } from 'cdktf';
import { DeployAccess } from '../deploy-access';
import { TOKEN_MINTING_GROUP_IDS, TOKEN_MINTING_WHY } from './minting-groups';
import { GroupNeed, isLiteralId, Place, placeKey, stackNeeds, UnknownType } from './stack-needs';
import { ValidationError } from '../../core/validation-error';
import { Resources } from '../../policy/resources';
import { Effect, TokenPolicy } from '../../policy/token-policy';
import { Choices } from '../../validation/choices';

/** The policies of a deploy token, and what the token's warnings should say. */
export interface DeployTokenPlan {
  readonly policies: TokenPolicy[];
  /** One line per place and group, sorted: compared again at synth to catch resources added later. */
  readonly signature: string;
  readonly unknown: readonly (UnknownType & { stack: string })[];
  readonly mintingGroups: readonly string[];
  readonly writeGroupsForReading: readonly string[];
}

const ACCESS = new Choices(DeployAccess);

/** Checks `access` and returns it in lower case. */
export function checkAccess(access: unknown, label: string): string {
  const found = typeof access === 'string' ? ACCESS.find(access) : undefined;
  if (found === undefined) throw new ValidationError(`access ${JSON.stringify(access)} is not valid; use ${ACCESS.hint}.`, label);
  return found;
}

/**
 * One allow policy per place, holding exactly the groups the stacks need there for `access`. Groups with
 * an account-less place (an account-scoped group of a type that names only a zone) go to `ownAccountId`.
 */
export function planDeployToken(stacks: readonly TerraformStack[], access: string, ownAccountId: string, label: string): DeployTokenPlan {
  const byPlace = new Map<string, { place: Place; groups: Map<string, GroupNeed> }>();
  const unknown: (UnknownType & { stack: string })[] = [];
  for (const stack of stacks) {
    const needs = stackNeeds(stack);
    unknown.push(...needs.unknown.map((u) => ({ ...u, stack: stack.node.id })));
    for (const need of needs.needs) {
      if (!(access === DeployAccess.DEPLOY ? need.deploy : need.plan)) continue;
      const place = checkedPlace(need, stack, ownAccountId, label);
      const key = placeKey(place);
      const entry = byPlace.get(key) ?? { place, groups: new Map() };
      entry.groups.set(need.group.id, need);
      byPlace.set(key, entry);
    }
  }
  const places = [...byPlace.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const policies = places.map(([, { place, groups }]) => ({
    effect: Effect.ALLOW,
    permissionGroups: [...groups.keys()].sort(),
    resources: resourcesOf(place),
  }));
  const all = places.flatMap(([key, { groups }]) => [...groups.values()].map((g) => ({ key, need: g })));
  return {
    policies,
    signature: all.map(({ key, need }) => `${key} ${need.group.id}`).sort().join('\n'),
    unknown,
    mintingGroups: unique(all.filter(({ need }) => TOKEN_MINTING_GROUP_IDS.has(need.group.id)).map(({ key, need }) => `${need.group.name} on ${key}`)),
    writeGroupsForReading:
      access === DeployAccess.PLAN
        ? unique(all.filter(({ need }) => !/ Read$/.test(need.group.name)).map(({ need }) => `${need.group.name} (for ${[...need.types].sort().join(', ')})`))
        : [],
  };
}

function checkedPlace(need: GroupNeed, stack: TerraformStack, ownAccountId: string, label: string): Place {
  const { place } = need;
  const types = [...need.types].sort().join(', ');
  if (place.kind === 'user') {
    throw new ValidationError(
      `stack "${stack.node.id}" needs the user-scoped group "${need.group.name}" (for ${types}); an account-owned token cannot hold it. ` +
        'Deploy user-owned resources with a user token.',
      label,
    );
  }
  if (place.id === undefined) return { kind: place.kind, id: ownAccountId };
  if (place.kind !== 'zone' && isLiteralId(place.id) && place.id !== ownAccountId) {
    throw new ValidationError(
      `stack "${stack.node.id}" needs "${need.group.name}" in account ${place.id} (for ${types}), but the token is owned by account ${ownAccountId} ` +
        'and an account-owned token works only in its own account. Create one DeployToken per account (accountId).',
      label,
    );
  }
  if (!isLiteralId(place.id)) {
    throw new ValidationError(
      `stack "${stack.node.id}" needs "${need.group.name}" on ${placeKey(place)} (for ${types}), an id known only when that stack is planned; ` +
        'the deploy token must exist before it. Give the resources literal account and zone ids (e.g. read from the environment at synth).',
      label,
    );
  }
  return place;
}

function resourcesOf(place: Place): { [key: string]: any } {
  switch (place.kind) {
    case 'zone':
      return { [Resources.zone(place.id!)]: '*' };
    case 'zones-of-account':
      return Resources.zonesOfAccount(place.id!);
    default:
      return { [Resources.account(place.id!)]: '*' };
  }
}

function unique(items: string[]): string[] {
  return [...new Set(items)].sort();
}

export { TOKEN_MINTING_WHY };
