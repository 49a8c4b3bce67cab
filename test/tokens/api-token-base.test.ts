import { TerraformResource, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { ApiTokenBase } from '../../src/tokens/api-token-base';
import { ApiTokenProps } from '../../src/tokens/api-token-props';
import { TokenResourceSettings } from '../../src/tokens/private/token-config';
import { ACCOUNT_ID, expressionOf } from '../support/synth';
import { guardedSecretPattern } from '../support/value-guard-text';

const ZONE_ID = '00000000000000000000000000000001';
const ZONE_READ = 'c8fed203ed3043cba015a93ad1616f1f';
const DNS_WRITE = '4755a26eedb94da69e1066d98aa820be';
const ZONES = { 'com.cloudflare.api.account.zone.*': '*' };
const POLICY = { effect: 'allow', permissionGroups: ['Zone Read'], resources: ZONES };

/** A token kind whose resource records what the base class gives it. */
class TestToken extends ApiTokenBase {
  public received?: { settings: TokenResourceSettings; accountId: string | undefined };
  public constructor(scope: Construct, id: string, props: ApiTokenProps, accountId?: string) {
    super(scope, id, props, accountId);
  }

  protected _createResource(id: string, settings: TokenResourceSettings, accountId: string | undefined): TerraformResource {
    const resource = new (class extends TerraformResource {
      protected synthesizeAttributes() {
        return { account_id: accountId, name: settings.name, status: settings.status, policies: settings.policies };
      }
    })(this, id, { terraformResourceType: 'test_token' });
    return resource;
  }
}

function synth(build: (stack: TerraformStack) => void) {
  const stack = new TerraformStack(Testing.app(), 'test');
  build(stack);
  return JSON.parse(Testing.synth(stack));
}

describe('ApiTokenBase', () => {
  test('creates the resource of its kind from the checked props, with id "Resource"', () => {
    const json = synth((stack) => new TestToken(stack, 'token', { name: 'T', status: 'ACTIVE', policies: [POLICY] }, ACCOUNT_ID));
    expect(json.resource.test_token).toEqual({
      token_EC62706D: {
        account_id: ACCOUNT_ID,
        name: 'T',
        status: 'active',
        policies: [
          {
            effect: 'allow',
            permission_groups: [{ id: ZONE_READ }],
            resources: `{"com.cloudflare.api.account.${ACCOUNT_ID}":{"com.cloudflare.api.account.zone.*":"*"}}`,
          },
        ],
      },
    });
  });

  test('the attributes read the resource; the value and the S3 credentials are sensitive; outputs carry the credentials', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const token = new TestToken(stack, 'token', { name: 'T', policies: [POLICY] });
    const resolve = (value: string) => expressionOf(stack, value);
    const resource = 'test_token.token_EC62706D';
    expect([token.tokenId, token.status, token.value, token.accessKeyId].map(resolve)).toEqual([
      `\${${resource}.id}`,
      `\${${resource}.status}`,
      `\${sensitive(${resource}.value)}`,
      `\${sensitive(${resource}.id)}`,
    ]);
    expect(resolve(token.secretAccessKey)).toMatch(guardedSecretPattern(/local\.token_SecretAccessKey_[0-9A-F]{8}/));
    expect(token.accessKeyIdOutput?.friendlyUniqueId).toBe('token_access_key_id');
    expect(token.secretAccessKeyOutput?.friendlyUniqueId).toBe('token_secret_access_key');
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.keys(json.output)).toEqual(['token_access_key_id', 'token_secret_access_key']);
  });

  test('createOutputs: false creates no outputs', () => {
    let token!: TestToken;
    const json = synth((stack) => (token = new TestToken(stack, 'token', { name: 'T', policies: [POLICY], createOutputs: false })));
    expect(json.output).toBeUndefined();
    expect([token.accessKeyIdOutput, token.secretAccessKeyOutput]).toEqual([undefined, undefined]);
  });

  test('grants add policies, rendered with the constructor policies at synth', () => {
    const json = synth((stack) => {
      const token = new TestToken(stack, 'token', { name: 'T', policies: [] }, ACCOUNT_ID);
      token.grantZone(ZONE_ID, ['DNS Write']);
      token.grantAccount(['Account Settings Read']);
      token.addPolicy({ effect: 'deny', permissionGroups: ['Zone Read'], resources: ZONES });
    });
    expect(Object.values(json.resource.test_token).map((r: any) => r.policies)).toEqual([
      [
        { effect: 'allow', permission_groups: [{ id: 'c1fde68c7bcc44588cbb6ddbc16d6480' }], resources: `{"com.cloudflare.api.account.${ACCOUNT_ID}":"*"}` },
        { effect: 'allow', permission_groups: [{ id: DNS_WRITE }], resources: `{"com.cloudflare.api.account.${ACCOUNT_ID}":{"com.cloudflare.api.account.zone.${ZONE_ID}":"*"}}` },
        { effect: 'deny', permission_groups: [{ id: ZONE_READ }], resources: `{"com.cloudflare.api.account.${ACCOUNT_ID}":{"com.cloudflare.api.account.zone.*":"*"}}` },
      ],
    ]);
  });

  test('resolvePermissionGroupsAtPlanTime looks unknown names up in the owning account', () => {
    const json = synth((stack) => new TestToken(stack, 'token', { name: 'T', resolvePermissionGroupsAtPlanTime: true, policies: [{ ...POLICY, permissionGroups: ['New Group'] }] }, ACCOUNT_ID));
    const [logicalId] = Object.keys(json.data.cloudflare_account_api_token_permission_groups_list);
    expect(json.data.cloudflare_account_api_token_permission_groups_list[logicalId]).toEqual({
      account_id: ACCOUNT_ID,
      name: 'New Group',
      scope: 'com.cloudflare.api.account.zone',
      lifecycle: {
        postcondition: [
          { condition: '${length(self.result) > 0}', error_message: 'Cloudflare has no permission group named "New Group" in scope com.cloudflare.api.account.zone.' },
        ],
      },
    });
    expect(Object.values(json.resource.test_token).map((r: any) => r.policies[0].permission_groups)).toEqual([
      [{ id: `\${data.cloudflare_account_api_token_permission_groups_list.${logicalId}.result[0].id}` }],
    ]);
  });

  test('errors name the token kind and its path', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(() => new TestToken(stack, 'token', { name: '', policies: [POLICY] })).toThrow(
      new Error('TestToken "test/token": name is ""; give the token a non-empty name, e.g. "CI deploy token".'),
    );
  });
});
