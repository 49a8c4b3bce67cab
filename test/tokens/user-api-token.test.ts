import { TerraformStack } from 'cdktf';
import { Resources, UserApiToken } from '../../src';
import { ACCOUNT_ID, expressionOf, onlyResource, synthJson } from '../support/synth';
import { guardedSecretPattern, hashLocalText } from '../support/value-guard-text';

describe('UserApiToken', () => {
  test('synthesizes a cloudflare_api_token with the same policy model, and leaves zone keys at the top', () => {
    let token!: UserApiToken;
    let stackOfToken!: TerraformStack;
    const json = synthJson((stack) => {
      stackOfToken = stack;
      token = new UserApiToken(stack, 'user-token', {
        name: 'User Zone Token',
        policies: [
          { effect: 'allow', permissionGroups: ['Zone Read'], resources: { [Resources.allZones()]: '*' } },
          { effect: 'deny', permissionGroups: ['Workers R2 Storage Write'], resources: { [Resources.account(ACCOUNT_ID)]: '*' } },
        ],
        condition: { requestIp: { in: ['2001:db8::/32', '198.51.100.7'] } },
      });
    });
    const resource = onlyResource(json, 'cloudflare_api_token');
    expect(resource).toEqual({
      name: 'User Zone Token',
      condition: { request_ip: { in: ['2001:db8::/32', '198.51.100.7'] } },
      policies: [
        { effect: 'allow', permission_groups: [{ id: 'c8fed203ed3043cba015a93ad1616f1f' }], resources: '{"com.cloudflare.api.account.zone.*":"*"}' },
        { effect: 'deny', permission_groups: [{ id: 'bf7481a1826f439697cb59a20b22293e' }], resources: `{"com.cloudflare.api.account.${ACCOUNT_ID}":"*"}` },
      ],
    });
    expect(json.resource.cloudflare_account_token).toBeUndefined();
    expect(Object.keys(json.output).sort()).toEqual(['user-token_access_key_id', 'user-token_secret_access_key']);
    // The secret is the sha256 of the token value, computed in a local of the token's stack and marked sensitive.
    const [resourceId] = Object.keys(json.resource.cloudflare_api_token);
    const [local] = Object.keys(json.locals);
    expect(json.locals).toEqual({ [local]: hashLocalText(`cloudflare_api_token.${resourceId}.value`) });
    expect(expressionOf(stackOfToken, token.secretAccessKey)).toMatch(guardedSecretPattern(`local.${local}`));
    expect(expressionOf(stackOfToken, token.accessKeyId)).toBe(`\${sensitive(cloudflare_api_token.${resourceId}.id)}`);
  });

  test('names in two scopes resolve by the scope of the resources', () => {
    const json = synthJson((stack) => {
      new UserApiToken(stack, 'u', {
        name: 'logs',
        policies: [
          { effect: 'allow', permissionGroups: ['Logs Read'], resources: { [Resources.allZones()]: '*' } },
          { effect: 'allow', permissionGroups: ['Logs Read'], resources: { [Resources.account(ACCOUNT_ID)]: '*' } },
        ],
      });
    });
    const ids = onlyResource(json, 'cloudflare_api_token').policies.map((p: any) => p.permission_groups[0].id).sort();
    expect(ids).toEqual(['6a315a56f18441e59ed03352369ae956', 'c4a30cd58c5d42619c86a3c36c441e2d']);
  });

  test('plan-time look-ups use the user-level data source', () => {
    const json = synthJson((stack) => {
      new UserApiToken(stack, 'u', {
        name: 'u',
        resolvePermissionGroupsAtPlanTime: true,
        policies: [{ effect: 'allow', permissionGroups: ['Future Group Read'], resources: { [Resources.allAccounts()]: '*' } }],
      });
    });
    expect(Object.values(json.data.cloudflare_api_token_permission_groups_list)).toEqual([
      expect.objectContaining({ name: 'Future Group Read', scope: 'com.cloudflare.api.account' }),
    ]);
  });
});
