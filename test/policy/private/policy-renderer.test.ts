import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { PermissionGroupCatalog } from '../../../src/policy/private/permission-group-catalog';
import { renderPolicies, RenderOptions } from '../../../src/policy/private/policy-renderer';
import { TokenPolicy } from '../../../src/policy/token-policy';
import { ACCOUNT_ID, thrownMessage } from '../../support/synth';
import { applyAndReadOutputs } from '../../support/terraform';

const ZONES = { 'com.cloudflare.api.account.zone.*': '*' };
const ACCOUNT = 'com.cloudflare.api.account';
const READ_ACCOUNT = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const READ_ZONE = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const WRITE = 'cccccccccccccccccccccccccccccccc';
const catalog = new PermissionGroupCatalog([
  [READ_ACCOUNT, 'Thing Read', [ACCOUNT]],
  [READ_ZONE, 'Thing Read', [`${ACCOUNT}.zone`]],
  [WRITE, 'Thing Write', [ACCOUNT]],
]);
const user: RenderOptions = { owner: { label: 'T "t"' }, catalog };
const account: RenderOptions = { owner: { label: 'T "t"', accountId: ACCOUNT_ID }, catalog };
const render = (policies: unknown, options: RenderOptions = user) => renderPolicies(policies as TokenPolicy[], options);
const errorOf = (policies: unknown, options: RenderOptions = user) => thrownMessage(() => render(policies, options));

describe('renderPolicies', () => {
  test('renders the provider shape: effect in lower case, group ids sorted and unique, resources as canonical JSON', () => {
    expect(
      render([{ effect: 'ALLOW', permissionGroups: ['Thing Write', WRITE.toUpperCase(), 'thing read'], resources: { [`${ACCOUNT}.*`]: '*' } }]),
    ).toEqual([{ effect: 'allow', permissionGroups: [{ id: READ_ACCOUNT }, { id: WRITE }], resources: `{"${ACCOUNT}.*":"*"}` }]);
  });

  test('a name in several scopes resolves by the scope of the resources', () => {
    expect(render([{ effect: 'deny', permissionGroups: ['Thing Read'], resources: ZONES }], account)).toEqual([
      { effect: 'deny', permissionGroups: [{ id: READ_ZONE }], resources: `{"${ACCOUNT}.${ACCOUNT_ID}":{"com.cloudflare.api.account.zone.*":"*"}}` },
    ]);
  });

  test('policies with the same effect and resources are merged into one', () => {
    expect(
      render([
        { effect: 'allow', permissionGroups: ['Thing Write'], resources: { [`${ACCOUNT}.*`]: '*' } },
        { effect: 'allow', permissionGroups: [READ_ACCOUNT], resources: { [`${ACCOUNT}.*`]: '*' } },
      ]),
    ).toEqual([{ effect: 'allow', permissionGroups: [{ id: READ_ACCOUNT }, { id: WRITE }], resources: `{"${ACCOUNT}.*":"*"}` }]);
  });

  test('an empty list renders nothing (grants may add policies later)', () => {
    expect(render([])).toEqual([]);
  });

  test('names missing from the catalog go to the plan-time look-up, with the scope of the resources', () => {
    const asked: [string, string | undefined][] = [];
    const planTimeLookup = (name: string, scope: string | undefined) => {
      asked.push([name, scope]);
      return 'looked-up-id';
    };
    expect(render([{ effect: 'allow', permissionGroups: ['New Group'], resources: ZONES }], { ...user, planTimeLookup })).toEqual([
      { effect: 'allow', permissionGroups: [{ id: 'looked-up-id' }], resources: '{"com.cloudflare.api.account.zone.*":"*"}' },
    ]);
    expect(asked).toEqual([['New Group', 'com.cloudflare.api.account.zone']]);
  });

  test('without a catalog option the default catalog resolves names', () => {
    expect(render([{ effect: 'allow', permissionGroups: ['Zone Read'], resources: ZONES }], { owner: { label: 'T' } })).toEqual([
      { effect: 'allow', permissionGroups: [{ id: 'c8fed203ed3043cba015a93ad1616f1f' }], resources: '{"com.cloudflare.api.account.zone.*":"*"}' },
    ]);
  });

  test.each<[string, unknown, string]>([
    ['policies missing', undefined, 'T "t": policies is missing; give a list of policies, e.g. [{ effect: "allow", permissionGroups: ["Zone Read"], resources: { "com.cloudflare.api.account.zone.*": "*" } }], or [] when grants add them.'],
    ['policies not a list', { effect: 'allow' }, 'T "t": policies is {"effect":"allow"}; give a list of policies, e.g. [{ effect: "allow", permissionGroups: ["Zone Read"], resources: { "com.cloudflare.api.account.zone.*": "*" } }], or [] when grants add them.'],
    ['a policy that is not an object', [['allow']], 'T "t" policy #1: a policy is an object { effect, permissionGroups, resources }, got ["allow"].'],
    ['a missing effect', [{ permissionGroups: ['Thing Write'], resources: ZONES }], 'T "t" policy #1: effect is missing; say "allow" or "deny" (Effect.ALLOW, Effect.DENY). A policy never defaults to allow.'],
    ['an invalid effect', [{ effect: 'permit', permissionGroups: ['Thing Write'], resources: ZONES }], 'T "t" policy #1: effect "permit" is not valid; use "allow" or "deny" (Effect.ALLOW, Effect.DENY).'],
    ['no groups', [{ effect: 'allow', permissionGroups: [], resources: ZONES }], 'T "t" policy #1: permissionGroups is empty. Name at least one group, e.g. "Zone Read" or PermissionGroups.ZONE_READ.'],
    ['a blank group', [{ effect: 'allow', permissionGroups: [' '], resources: ZONES }], 'T "t" policy #1: permission group " " is not a name or id; use e.g. "Zone Read" or a 32-hex id.'],
    ['an unknown property', [{ effect: 'allow', permissionGroups: ['Thing Write'], resources: ZONES, Effect: 'deny' }], 'T "t" policy #1: the policy has unknown property "Effect" (did you mean "effect"?). Valid: "effect", "permissionGroups" (Python: permission_groups), "resources". An unknown property would be ignored, so it is refused.'],
    [
      'a name in several scopes that the resources do not pick',
      [{ effect: 'allow', permissionGroups: ['Thing Read'], resources: { ...ZONES, [`${ACCOUNT}.*`]: '*' } }],
      `T "t" policy #1: permission group "Thing Read" exists in several scopes and the policy's resources do not pick one: ${READ_ACCOUNT} (${ACCOUNT}) or ${READ_ZONE} (${ACCOUNT}.zone). Use the id, or a PermissionGroups constant with the scope suffix.`,
    ],
    [
      'an unknown name',
      [{ effect: 'allow', permissionGroups: ['Thing Wrote'], resources: ZONES }],
      'T "t" policy #1: unknown permission group "Thing Wrote". Closest names: "Thing Write", "Thing Read". Use one of those, a 32-hex id, or set resolvePermissionGroupsAtPlanTime to look new groups up through the Cloudflare API.',
    ],
    ['the second policy', [{ effect: 'allow', permissionGroups: ['Thing Read'], resources: ZONES }, { effect: 'allow', permissionGroups: [], resources: ZONES }], 'T "t" policy #2: permissionGroups is empty. Name at least one group, e.g. "Zone Read" or PermissionGroups.ZONE_READ.'],
  ])('refuses %s, naming the policy and the fix', (_, policies, message) => {
    expect(errorOf(policies)).toBe(message);
  });

  test('Terraform evaluates resources whose keys hold tokens to the JSON Cloudflare expects', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const zone = new TerraformVariable(stack, 'zone', { type: 'string', default: '00000000000000000000000000000001' });
    const [rendered] = render(
      [{ effect: 'allow', permissionGroups: ['Thing Read'], resources: { [`com.cloudflare.api.account.zone.${zone.stringValue}`]: '*' } }],
      { ...account, scope: stack },
    );
    expect(rendered.permissionGroups).toEqual([{ id: READ_ZONE }]);
    new TerraformOutput(stack, 'resources', { value: rendered.resources });
    const json = JSON.parse(Testing.synth(stack));
    const outputs = applyAndReadOutputs({ variable: json.variable, output: json.output });
    expect(outputs.resources).toBe(`{"${ACCOUNT}.${ACCOUNT_ID}":{"com.cloudflare.api.account.zone.00000000000000000000000000000001":"*"}}`);
  });
});
