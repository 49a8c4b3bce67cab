import { TerraformVariable } from 'cdktf';
import { AccountApiToken, PermissionGroups, Resources } from '../../src';
import { checkAccountTokenResources, parseResources } from '../e2e/support/fake-cloudflare/policy/resources';
import { permissionsOf, ProviderPolicy, resourcesOutputs } from '../support/policy-permissions';
import { ACCOUNT_ID, onlyResource, synthJson } from '../support/synth';
import { applyAndReadOutputs } from '../support/terraform';

const ZONE_ID = '00000000000000000000000000000abc';
const GROUPS = [PermissionGroups.ZONE_READ, PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_READ];
const zoneKey = Resources.zone(ZONE_ID);
const bucketKey = Resources.r2Bucket(ACCOUNT_ID, 'bkt');

/** The token's policies with `resources` as Terraform evaluates them (the account id from a variable when asked). */
function evaluatedPolicies(accountFromVariable: boolean): { effect: string; groups: string[]; resources: any }[] {
  const json = synthJson((stack) => {
    const account = new TerraformVariable(stack, 'account', { type: 'string', default: ACCOUNT_ID });
    new AccountApiToken(stack, 't', {
      accountId: accountFromVariable ? account.stringValue : ACCOUNT_ID,
      name: 't',
      createOutputs: false,
      policies: [{ effect: 'allow', permissionGroups: GROUPS, resources: { [zoneKey]: '*', [bucketKey]: '*' } }],
    });
  });
  const policies: ProviderPolicy[] = onlyResource(json, 'cloudflare_account_token').policies;
  const outputs = applyAndReadOutputs({ variable: json.variable, output: resourcesOutputs(policies, 'policy') });
  return policies.map((policy, index) => ({
    effect: policy.effect,
    groups: policy.permission_groups.map(({ id }) => id),
    resources: JSON.parse(outputs[`policy_${index}`] as string),
  }));
}

describe('one form per policy', () => {
  test.each([
    ['literal', false],
    ['from a variable', true],
  ])("an account token's zone and bucket in one policy (account id %s) become two policies Cloudflare accepts, granting the same", (_, fromVariable) => {
    const policies = evaluatedPolicies(fromVariable);
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      const parsed = parseResources(policy.resources, 'policy');
      expect(() => checkAccountTokenResources(parsed, ACCOUNT_ID, 'policy')).not.toThrow();
    }
    const asWritten = { [`com.cloudflare.api.account.${ACCOUNT_ID}`]: { [zoneKey]: '*' }, [bucketKey]: '*' };
    expect(permissionsOf(policies)).toEqual(permissionsOf([{ effect: 'allow', groups: GROUPS, resources: asWritten }]));
  });

  test('the local API refuses the mixed form the library used to emit', () => {
    const mixed = { [`com.cloudflare.api.account.${ACCOUNT_ID}`]: { [zoneKey]: '*' }, [bucketKey]: '*' };
    expect(() => parseResources(mixed, 'policy')).toThrow(/mix "\*" values/);
  });
});
