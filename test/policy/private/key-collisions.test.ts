import { TerraformVariable } from 'cdktf';
import { AccountApiToken, PermissionGroups, Resources, TokenPolicy } from '../../../src';
import { permissionsOf, ProviderPolicy, resourcesOutputs } from '../../support/policy-permissions';
import { ACCOUNT_ID, onlyResource, synthJson } from '../../support/synth';
import { applyAndReadOutputs } from '../../support/terraform';

const OTHER_ACCOUNT = 'fedcba9876543210fedcba9876543210';
const ZONE_ID = '00000000000000000000000000000abc';
const ALL_ZONES = 'com.cloudflare.api.account.zone.*';
const DNS_WRITE = PermissionGroups.DNS_WRITE;

/**
 * The issue's token: the account id from a variable, an allow on every zone of it, and `denies`. Returns
 * the token resource as synthesized and the variables.
 */
function issueToken(denies: (accountId: string) => TokenPolicy[]): { token: any; variable: any } {
  const json = synthJson((stack) => {
    const account = new TerraformVariable(stack, 'account_id', { type: 'string' });
    const allow = { effect: 'allow', permissionGroups: [DNS_WRITE], resources: { [ALL_ZONES]: '*' } };
    new AccountApiToken(stack, 'dns', { accountId: account.stringValue, name: 'dns', createOutputs: false, policies: [allow, ...denies(ACCOUNT_ID)] });
  });
  return { token: onlyResource(json, 'cloudflare_account_token'), variable: json.variable };
}

/**
 * Applies the token's policies and preconditions in a provider-less configuration (a `terraform_data`
 * stands in for the token resource) with `account_id` set; returns the decoded policies, or the error.
 */
type Evaluated = { policies?: { effect: string; groups: string[]; resources: any }[]; error?: string };

function evaluate(token: any, variable: any, accountId: string): Evaluated {
  const policies: ProviderPolicy[] = token.policies;
  const config = {
    variable: { account_id: { ...variable.account_id, default: accountId } },
    resource: { terraform_data: { token: { input: policies, lifecycle: token.lifecycle } } },
    output: resourcesOutputs(policies, 'policy'),
  };
  try {
    const outputs = applyAndReadOutputs(config);
    return {
      policies: policies.map((policy, index) => ({
        effect: policy.effect,
        groups: policy.permission_groups.map(({ id }) => id),
        resources: JSON.parse(outputs[`policy_${index}`] as string),
      })),
    };
  } catch (e) {
    return { error: String((e as { stderr?: string }).stderr ?? e).replace(/[│\s]+/g, ' ') };
  }
}

const deniesOf = (policies: { effect: string; groups: string[]; resources: any }[]) =>
  [...permissionsOf(policies)].filter((permission) => permission.startsWith('deny|')).sort();

describe('keys that resolve equal at plan time never lose an entry', () => {
  test("the issue's example as two policies: both denies survive when the variable names the literal account", () => {
    const { token, variable } = issueToken((id) => [
      { effect: 'deny', permissionGroups: [DNS_WRITE], resources: { [ALL_ZONES]: '*' } },
      { effect: 'deny', permissionGroups: [DNS_WRITE], resources: { [Resources.account(id)]: { [Resources.zone(ZONE_ID)]: '*' } } },
    ]);
    expect(token.lifecycle?.precondition).toBeUndefined();
    const { policies, error } = evaluate(token, variable, ACCOUNT_ID);
    expect(error).toBeUndefined();
    expect(deniesOf(policies!)).toEqual([
      `deny|${DNS_WRITE}|com.cloudflare.api.account.${ACCOUNT_ID} > ${ALL_ZONES}=*`,
      `deny|${DNS_WRITE}|com.cloudflare.api.account.${ACCOUNT_ID} > com.cloudflare.api.account.zone.${ZONE_ID}=*`,
    ]);
  });

  describe("the issue's example in one policy", () => {
    const { token, variable } = issueToken((id) => [
      { effect: 'deny', permissionGroups: [DNS_WRITE], resources: { [ALL_ZONES]: '*', [Resources.account(id)]: { [Resources.zone(ZONE_ID)]: '*' } } },
    ]);

    test('stops the plan, naming the token and the two keys, when the variable names the literal account', () => {
      const { error } = evaluate(token, variable, ACCOUNT_ID);
      expect(error).toContain('Resource precondition failed');
      expect(error).toContain(
        'AccountApiToken "test/dns" deny policy: two keys of resources resolve to the same resource at plan time: ' +
          `"com.cloudflare.api.account.\${var.account_id}" (= "com.cloudflare.api.account.${ACCOUNT_ID}") and "com.cloudflare.api.account.${ACCOUNT_ID}".`,
      );
    });

    test('applies, keeping both denies, when the variable names another account', () => {
      const { policies, error } = evaluate(token, variable, OTHER_ACCOUNT);
      expect(error).toBeUndefined();
      expect(deniesOf(policies!)).toEqual([
        `deny|${DNS_WRITE}|com.cloudflare.api.account.${ACCOUNT_ID} > com.cloudflare.api.account.zone.${ZONE_ID}=*`,
        `deny|${DNS_WRITE}|com.cloudflare.api.account.${OTHER_ACCOUNT} > ${ALL_ZONES}=*`,
      ]);
    });
  });

  test('literal keys and keys whose literal parts never line up get no precondition', () => {
    const { token } = issueToken(() => [{ effect: 'deny', permissionGroups: [DNS_WRITE], resources: { [ALL_ZONES]: '*', [Resources.zone(ZONE_ID)]: '*' } }]);
    expect(token.lifecycle?.precondition).toBeUndefined();
  });

  test('the same variable read twice in one policy is one key, not a collision', () => {
    const json = synthJson((stack) => {
      const account = new TerraformVariable(stack, 'account_id', { type: 'string' });
      const resources = { [ALL_ZONES]: '*', [Resources.account(account.stringValue)]: { [Resources.zone(ZONE_ID)]: '*' } };
      new AccountApiToken(stack, 'dns', { accountId: account.stringValue, name: 'dns', createOutputs: false, policies: [{ effect: 'deny', permissionGroups: [DNS_WRITE], resources }] });
    });
    const token = onlyResource(json, 'cloudflare_account_token');
    expect(token.lifecycle?.precondition).toBeUndefined();
    const { policies, error } = evaluate(token, json.variable, ACCOUNT_ID);
    expect(error).toBeUndefined();
    expect(deniesOf(policies!)).toEqual([
      `deny|${DNS_WRITE}|com.cloudflare.api.account.${ACCOUNT_ID} > ${ALL_ZONES}=*`,
      `deny|${DNS_WRITE}|com.cloudflare.api.account.${ACCOUNT_ID} > com.cloudflare.api.account.zone.${ZONE_ID}=*`,
    ]);
  });
});
