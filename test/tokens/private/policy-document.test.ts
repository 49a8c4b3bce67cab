import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { Effect } from '../../../src';
import { RenderedPolicy } from '../../../src/policy/private/policy-renderer';
import { PolicyDocument } from '../../../src/tokens/private/policy-document';
import { ACCOUNT_ID } from '../../support/synth';

const ZONE_READ = 'c8fed203ed3043cba015a93ad1616f1f';
const DNS_WRITE = '4755a26eedb94da69e1066d98aa820be';
const zoneRead = { effect: Effect.ALLOW, permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } };

describe('PolicyDocument', () => {
  const owner = { label: 'T "test/t"', accountId: ACCOUNT_ID };
  const zoneReadRendered: RenderedPolicy = { effect: 'allow', permissionGroups: [{ id: ZONE_READ }], resources: `{"com.cloudflare.api.account.${ACCOUNT_ID}":{"com.cloudflare.api.account.zone.*":"*"}}` };
  const newPolicies = (initial: any) => {
    const scope = new Construct(new TerraformStack(Testing.app(), 'test'), 't');
    return { scope, policies: new PolicyDocument(initial, { owner, scope }) };
  };

  test("the constructor's policies are checked at once, naming the policy", () => {
    expect(() => newPolicies([{ ...zoneRead, effect: 'permit' }])).toThrow(/^T "test\/t" policy #1: effect "permit" is not valid/);
    expect(() => newPolicies(undefined)).toThrow(/^T "test\/t": policies is missing; give a list of policies/);
  });

  test('without added policies the value is the constructor policies, rendered once, in the provider shape', () => {
    const { policies } = newPolicies([zoneRead]);
    const rendered = policies.render();
    expect(rendered).toEqual([zoneReadRendered]);
    expect(policies.render()).toBe(rendered);
    expect(policies.value.resolve({} as any)).toEqual([
      { effect: 'allow', permission_groups: [{ id: ZONE_READ }], resources: zoneReadRendered.resources },
    ]);
  });

  test("a user-owned token's policies are rendered as given, an account-owned token's for its account", () => {
    const userScope = new Construct(new TerraformStack(Testing.app(), 'test'), 'u');
    const forUser = new PolicyDocument([zoneRead], { owner: { label: 'U "u"' }, scope: userScope });
    expect(forUser.render()).toEqual([{ ...zoneReadRendered, resources: '{"com.cloudflare.api.account.zone.*":"*"}' }]);
  });

  test('added policies are rendered with the constructor policies, once', () => {
    const { policies } = newPolicies([zoneRead]);
    policies.add({ effect: Effect.ALLOW, permissionGroups: ['DNS Write'], resources: { 'com.cloudflare.api.account.zone.*': '*' } });
    const rendered = policies.render();
    expect(rendered).toEqual([{ ...zoneReadRendered, permissionGroups: [{ id: DNS_WRITE }, { id: ZONE_READ }] }]);
    expect(policies.render()).toBe(rendered);
  });

  test("an added policy is checked at synth, numbered after the constructor's", () => {
    const { policies } = newPolicies([zoneRead, zoneRead]);
    policies.add({ ...zoneRead, effect: 'permit' });
    expect(() => policies.render()).toThrow(/^T "test\/t" policy #3: effect "permit" is not valid/);
  });

  test("the constructor's policies are held as they were checked, with or without added ones", () => {
    for (const add of [false, true]) {
      const initial = [zoneRead];
      const { policies } = newPolicies(initial);
      initial.push({ ...zoneRead, effect: 'permit' });
      if (add) policies.add({ effect: Effect.ALLOW, permissionGroups: ['DNS Write'], resources: { 'com.cloudflare.api.account.zone.*': '*' } });
      const groups = add ? [{ id: DNS_WRITE }, { id: ZONE_READ }] : [{ id: ZONE_READ }];
      expect(policies.render()).toEqual([{ ...zoneReadRendered, permissionGroups: groups }]);
    }
  });

  test('a policy added after rendering is refused', () => {
    const { policies } = newPolicies([zoneRead]);
    policies.render();
    expect(() => policies.add(zoneRead)).toThrow(new Error('T "test/t": a policy was added after the token was synthesized; add policies before synth.'));
  });

  test('no policies at all is an error naming the ways to give one', () => {
    const { policies } = newPolicies([]);
    expect(() => policies.render()).toThrow(
      new Error(
        'T "test/t": the token has no policies. Give at least one in policies, e.g. [{ effect: "allow", permissionGroups: ["Zone Read"], resources: { "com.cloudflare.api.account.zone.*": "*" } }], ' +
          'or grant some before synth (addPolicy, grantR2Bucket, grantZone, grantAccount).',
      ),
    );
  });

  test('only deny policies is a warning: the token grants nothing', () => {
    const { scope, policies } = newPolicies([]);
    policies.add({ ...zoneRead, effect: Effect.DENY });
    policies.render();
    expect(scope.node.metadata.map((entry) => [entry.type, entry.data])).toEqual([
      ['@cdktf/warn', 'T "test/t": every policy is "deny", so the token grants nothing. Add an "allow" policy; a deny only narrows what allows grant.'],
    ]);
  });
});
