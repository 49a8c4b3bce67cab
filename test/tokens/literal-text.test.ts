import { TerraformVariable } from 'cdktf';
import { AccountApiToken } from '../../src';
import { ACCOUNT_ID, synthJson } from '../support/synth';
import { applyAndReadOutputs } from '../support/terraform';

const ZONES = { 'com.cloudflare.api.account.zone.*': '*' };
const policies = [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: ZONES }];

// What the user types, with `{v}` standing for a cdktf token (a variable whose value is "V").
const NAMES: string[] = [
  'Deploy ${upper("x")}',
  '50%{off',
  'already escaped $${x} and %%{y}',
  'cost: ${v}',
  'cost $ {v}',
  'price $${v}',
  'dollar run $$$${v}',
  'percent %{v}',
  '${v}${v} ${ %{ }',
  'quote " backslash \\ newline \n tab \t',
  '${',
  '$',
];

/**
 * Builds one token per name of `NAMES` (`{v}` replaced by a variable's token), then lets Terraform evaluate
 * each synthesized `name`, exactly as written in the resource, as an output of a provider-less configuration.
 */
function evaluatedNames(): Record<string, unknown> {
  const json = synthJson((stack) => {
    const v = new TerraformVariable(stack, 'v', { type: 'string', default: 'V' });
    NAMES.forEach((name, index) => new AccountApiToken(stack, `t${index}`, { accountId: ACCOUNT_ID, name: name.split('{v}').join(v.stringValue), policies }));
  });
  const outputs: Record<string, { value: string }> = {};
  for (const [id, resource] of Object.entries<any>(json.resource.cloudflare_account_token)) outputs[id.replace(/_[0-9A-F]{8}$/, '')] = { value: resource.name };
  return applyAndReadOutputs({ variable: json.variable, output: outputs });
}

describe('text Cloudflare receives is exactly what was typed', () => {
  test('token names: literal ${ and %{ are escaped, tokens stay references', () => {
    const expected = Object.fromEntries(NAMES.map((name, index) => [`t${index}`, name.split('{v}').join('V')]));
    expect(evaluatedNames()).toEqual(expected);
  });

  test('a name without template characters is written unchanged', () => {
    const json = synthJson((stack) => new AccountApiToken(stack, 't', { accountId: ACCOUNT_ID, name: 'CI deploy token', policies }));
    expect(Object.values<any>(json.resource.cloudflare_account_token)[0].name).toBe('CI deploy token');
  });

  test('permission group names looked up at plan time, and the error naming them', () => {
    const json = synthJson((stack) => {
      NAMES.filter((name) => !name.includes('{v}')).forEach((group, index) => {
        new AccountApiToken(stack, `t${index}`, {
          accountId: ACCOUNT_ID,
          name: 't',
          resolvePermissionGroupsAtPlanTime: true,
          policies: [{ effect: 'allow', permissionGroups: [`New ${group}`], resources: ZONES }],
        });
      });
    });
    const lookups = Object.values<any>(json.data.cloudflare_account_api_token_permission_groups_list);
    expect(lookups.length).toBeGreaterThan(0);
    const outputs: Record<string, { value: string }> = {};
    lookups.forEach((lookup, index) => {
      outputs[`name${index}`] = { value: lookup.name };
      outputs[`message${index}`] = { value: lookup.lifecycle.postcondition[0].error_message };
    });
    const evaluated = applyAndReadOutputs({ output: outputs });
    const literal = NAMES.filter((name) => !name.includes('{v}'));
    literal.forEach((group, index) => {
      expect(evaluated[`name${index}`]).toBe(`New ${group}`);
      expect(evaluated[`message${index}`]).toBe(`Cloudflare has no permission group named "New ${group}" in scope com.cloudflare.api.account.zone.`);
    });
  });
});
