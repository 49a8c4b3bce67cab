import { TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { UserApiToken } from '../../../src';
import { planTimeGroupLookup } from '../../../src/tokens/private/plan-time-lookup';
import { ACCOUNT_ID } from '../../support/synth';

const ZONE_ID = '00000000000000000000000000000001';

const ZONE = 'com.cloudflare.api.account.zone';
const postcondition = (message: string) => ({ postcondition: [{ condition: '${length(self.result) > 0}', error_message: message }] });

/** Looks names up in a fresh stack and returns the synthesized data sources of `type` and the ids' expressions. */
function lookUp(accountId: string | undefined, type: string, names: [string, string | undefined][]) {
  const stack = new TerraformStack(Testing.app(), 'test');
  const lookup = planTimeGroupLookup(new Construct(stack, 't'), accountId);
  names.forEach(([name, scope], index) => new TerraformOutput(stack, `id${index}`, { value: lookup(name, scope) }));
  const json = JSON.parse(Testing.synth(stack));
  const dataSources = json.data[type] as Record<string, unknown>;
  const ids = names.map((_, index) => json.output[`id${index}`].value);
  return { dataSources, logicalIds: Object.keys(dataSources), ids };
}

describe('planTimeGroupLookup', () => {
  test('a user-owned token looks the name up in the user-level list, failing the plan when Cloudflare has no such group', () => {
    const { dataSources, logicalIds, ids } = lookUp(undefined, 'cloudflare_api_token_permission_groups_list', [['New Group Read', ZONE]]);
    expect(Object.values(dataSources)).toEqual([
      { name: 'New Group Read', scope: ZONE, lifecycle: postcondition(`Cloudflare has no permission group named "New Group Read" in scope ${ZONE}.`) },
    ]);
    expect(ids).toEqual([`\${data.cloudflare_api_token_permission_groups_list.${logicalIds[0]}.result[0].id}`]);
  });

  test("an account-owned token looks it up in its account's list; without a scope the message names none", () => {
    const { dataSources, logicalIds, ids } = lookUp(ACCOUNT_ID, 'cloudflare_account_api_token_permission_groups_list', [['New Group Read', undefined]]);
    expect(Object.values(dataSources)).toEqual([
      { account_id: ACCOUNT_ID, name: 'New Group Read', lifecycle: postcondition('Cloudflare has no permission group named "New Group Read".') },
    ]);
    expect(ids).toEqual([`\${data.cloudflare_account_api_token_permission_groups_list.${logicalIds[0]}.result[0].id}`]);
  });

  test('one data source per distinct name and scope', () => {
    const { logicalIds, ids } = lookUp(undefined, 'cloudflare_api_token_permission_groups_list', [
      ['A', ZONE],
      ['A', ZONE],
      ['A', undefined],
      ['B', ZONE],
    ]);
    expect(logicalIds).toHaveLength(3);
    const idOf = (logicalId: string) => `\${data.cloudflare_api_token_permission_groups_list.${logicalId}.result[0].id}`;
    expect(ids[1]).toBe(ids[0]);
    expect(new Set(ids)).toEqual(new Set(logicalIds.map(idOf)));
  });

  test('a name with Terraform template characters is passed literally', () => {
    const { dataSources } = lookUp(undefined, 'cloudflare_api_token_permission_groups_list', [['Odd ${name} %{x}', undefined]]);
    expect(Object.values(dataSources)).toEqual([
      { name: 'Odd $${name} %%{x}', lifecycle: postcondition('Cloudflare has no permission group named "Odd $${name} %%{x}".') },
    ]);
  });
});

test('the data sources are named by name and scope: reordering grants gives the same JSON', () => {
  const synthWith = (order: number[]) => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const token = new UserApiToken(stack, 't', { name: 't', policies: [], resolvePermissionGroupsAtPlanTime: true, createOutputs: false });
    const grants = [
      () => token.grantZone(ZONE_ID, ['Brand New Zone Group']),
      () => token.grantAccount(['Brand New Account Group'], ACCOUNT_ID),
      () => token.grantZone(ZONE_ID, ['Another New Group']),
    ];
    order.forEach((index) => grants[index]());
    return Testing.synth(stack);
  };
  const first = synthWith([0, 1, 2]);
  expect(Object.keys(JSON.parse(first).data.cloudflare_api_token_permission_groups_list)).toHaveLength(3);
  for (const order of [[2, 1, 0], [1, 0, 2], [2, 0, 1]]) expect(synthWith(order)).toBe(first);
});
