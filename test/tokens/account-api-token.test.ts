import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AccountApiToken, Effect, PermissionGroups, TokenStatus } from '../../src';
import { useEnv } from '../support/env';
import { ACCOUNT_ID, onlyResource, synthJson } from '../support/synth';
import { guardedSecretPattern, hashLocalText } from '../support/value-guard-text';

const ZONE_READ = 'c8fed203ed3043cba015a93ad1616f1f';
const ANALYTICS_READ = '9c88f9c5bce24ce7af9a958ba9c504db';
const R2_READ = 'b4992e1108244f5d8bfbd5744320c2e1';
const R2_WRITE = 'bf7481a1826f439697cb59a20b22293e';

describe('AccountApiToken', () => {
  useEnv({ CLOUDFLARE_ACCOUNT_ID: ACCOUNT_ID });

  test("a zone wildcard on an account token: zone keys are nested under the token's own account", () => {
    const json = synthJson((stack) => {
      new AccountApiToken(stack, 'readonly-token', {
        name: 'Readonly Zone Token',
        policies: [{ effect: 'allow', permissionGroups: ['Zone Read', 'Analytics Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }],
      });
    });
    expect(onlyResource(json, 'cloudflare_account_token')).toEqual({
      account_id: ACCOUNT_ID,
      name: 'Readonly Zone Token',
      policies: [
        {
          effect: 'allow',
          permission_groups: [{ id: ANALYTICS_READ }, { id: ZONE_READ }],
          resources: `{"com.cloudflare.api.account.${ACCOUNT_ID}":{"com.cloudflare.api.account.zone.*":"*"}}`,
        },
      ],
    });
  });

  test("the bare account key becomes the token's account", () => {
    const json = synthJson((stack) => {
      new AccountApiToken(stack, 'account-access-token', {
        name: 'Account R2 Token',
        policies: [{ effect: 'allow', permissionGroups: ['Workers R2 Storage Write', 'Workers R2 Storage Read'], resources: { 'com.cloudflare.api.account': '*' } }],
      });
    });
    const token = onlyResource(json, 'cloudflare_account_token');
    expect(token.policies[0].permission_groups).toEqual([{ id: R2_READ }, { id: R2_WRITE }]);
    expect(token.policies[0].resources).toBe(`{"com.cloudflare.api.account.${ACCOUNT_ID}":"*"}`);
  });

  test('times, IP condition and an unknown resource key pass through', () => {
    const json = synthJson((stack) => {
      new AccountApiToken(stack, 'restricted-token', {
        name: 'Restricted Access Token',
        policies: [{ effect: 'allow', permissionGroups: ['Worker Routes Edit'], resources: { 'com.cloudflare.api.account.worker.route.*': '*' } }],
        notBefore: '2024-01-01T00:00:00Z',
        expiresOn: '2024-12-31T23:59:59Z',
        condition: { requestIp: { in: ['192.168.1.0/24'], notIn: ['192.168.1.100/32'] } },
      });
    });
    const token = onlyResource(json, 'cloudflare_account_token');
    expect(token).toMatchObject({
      not_before: '2024-01-01T00:00:00Z',
      expires_on: '2024-12-31T23:59:59Z',
      condition: { request_ip: { in: ['192.168.1.0/24'], not_in: ['192.168.1.100/32'] } },
      policies: [{ permission_groups: [{ id: PermissionGroups.WORKERS_ROUTES_WRITE }], resources: '{"com.cloudflare.api.account.worker.route.*":"*"}' }],
    });
  });

  test('an expiry in the past is a warning annotation, not an error', () => {
    const json = synthJson((s) => {
      const token = new AccountApiToken(s, 'old', {
        name: 'old',
        policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }],
        expiresOn: '2001-01-01T00:00:00Z',
      });
      expect(token.node.metadata.map((m) => m.data)).toEqual([expect.stringContaining('expiresOn "2001-01-01T00:00:00Z" is in the past')]);
    });
    expect(onlyResource(json, 'cloudflare_account_token').expires_on).toBe('2001-01-01T00:00:00Z');
  });

  test('a token whose policies only deny gets a warning at synth: it grants nothing; an allow granted later clears it', () => {
    const zones = { 'com.cloudflare.api.account.zone.*': '*' };
    const tokens: AccountApiToken[] = [];
    synthJson((s) => {
      tokens.push(new AccountApiToken(s, 'deny-only', { name: 'd', policies: [{ effect: 'DENY', permissionGroups: ['Zone Read'], resources: zones }] }));
      tokens.push(
        new AccountApiToken(s, 'mixed', {
          name: 'm',
          policies: [
            { effect: 'allow', permissionGroups: ['Zone Read'], resources: zones },
            { effect: 'deny', permissionGroups: ['Analytics Read'], resources: zones },
          ],
        }),
      );
      const granted = new AccountApiToken(s, 'granted', { name: 'g', policies: [{ effect: 'deny', permissionGroups: ['Analytics Read'], resources: zones }] });
      granted.grantZone('0123456789abcdef0123456789abcdef', ['Zone Read']);
      tokens.push(granted);
    });
    const [denyOnly, mixed, granted] = tokens;
    expect(denyOnly.node.metadata.map((m) => m.data)).toEqual([expect.stringMatching(/deny-only": every policy is "deny", so the token grants nothing/)]);
    expect(mixed.node.metadata).toEqual([]);
    expect(granted.node.metadata).toEqual([]);
  });

  test('status is case-insensitive, like effect, and written in lower case', () => {
    const json = synthJson((stack) => {
      new AccountApiToken(stack, 't', {
        name: 't',
        policies: [{ effect: 'Allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }],
        status: 'Disabled',
      });
    });
    expect(onlyResource(json, 'cloudflare_account_token')).toMatchObject({ status: 'disabled', policies: [{ effect: 'allow' }] });
  });

  test('a name of exactly 120 characters is accepted', () => {
    const json = synthJson((stack) => {
      new AccountApiToken(stack, 't', { name: 'n'.repeat(120), policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }] });
    });
    expect(onlyResource(json, 'cloudflare_account_token').name).toHaveLength(120);
  });

  test("a bucket key built from R2Bucket attributes renders through Terraform, not cdktf's jsonencode", () => {
    const json = synthJson((stack) => {
      const bucket = new R2Bucket(stack, 'my-bucket', { accountId: ACCOUNT_ID, name: 'my-bucket' });
      new AccountApiToken(stack, 'r2-access-token', {
        name: 'R2 Access Token',
        policies: [
          {
            effect: 'allow',
            permissionGroups: ['Workers R2 Storage Read', 'Workers R2 Storage Write'],
            resources: { [`com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_${bucket.jurisdiction ?? 'default'}_${bucket.name}`]: '*' },
          },
        ],
      });
    });
    expect(onlyResource(json, 'cloudflare_account_token').policies[0].resources).toBe(
      `\${jsonencode(zipmap([join("", ["com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_", cloudflare_r2_bucket.my-bucket.jurisdiction, "_", cloudflare_r2_bucket.my-bucket.name])], ["*"]))}`,
    );
  });

  test('exposes the S3 credentials and emits them as sensitive outputs named after the construct', () => {
    let token!: AccountApiToken;
    const json = synthJson((stack) => {
      token = new AccountApiToken(stack, 'ci', { name: 'ci', policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }] });
    });
    const [logicalId] = Object.keys(json.resource.cloudflare_account_token);
    const [hashLocal] = Object.keys(json.locals);
    expect(json.locals[hashLocal]).toBe(hashLocalText(`cloudflare_account_token.${logicalId}.value`));
    expect(json.output).toEqual({
      ci_access_key_id: { value: `\${sensitive(cloudflare_account_token.${logicalId}.id)}`, sensitive: true, description: expect.any(String) },
      ci_secret_access_key: { value: expect.stringMatching(guardedSecretPattern(`local.${hashLocal}`)), sensitive: true, description: expect.any(String) },
    });
    expect(token.accountId).toBe(ACCOUNT_ID);
    expect(token.r2Endpoint()).toBe(`https://${ACCOUNT_ID}.r2.cloudflarestorage.com`);
    expect(token.r2Endpoint('eu')).toBe(`https://${ACCOUNT_ID}.eu.r2.cloudflarestorage.com`);
  });

  test('outputs can be turned off, and nested tokens get distinct output names', () => {
    const json = synthJson((stack) => {
      const policies = [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }];
      new AccountApiToken(stack, 'quiet', { name: 'quiet', policies, createOutputs: false });
      new AccountApiToken(new Construct(stack, 'team-a'), 'deploy', { name: 'a', policies });
      new AccountApiToken(new Construct(stack, 'team-b'), 'deploy', { name: 'b', policies });
    });
    expect(Object.keys(json.output).sort()).toEqual([
      'team-a_deploy_access_key_id',
      'team-a_deploy_secret_access_key',
      'team-b_deploy_access_key_id',
      'team-b_deploy_secret_access_key',
    ]);
  });

  test('policies and their groups come out in a stable order whatever the input order', () => {
    const a = { effect: Effect.DENY, permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.fedcba9876543210fedcba9876543210': '*' } };
    const b = { effect: 'allow', permissionGroups: ['Analytics Read', 'Zone Read', ZONE_READ], resources: { 'com.cloudflare.api.account.zone.*': '*' } };
    const render = (policies: any[]) =>
      onlyResource(synthJson((stack) => new AccountApiToken(stack, 't', { name: 't', policies })), 'cloudflare_account_token').policies;
    expect(render([a, b])).toEqual(render([b, a]));
    expect(render([a, b])[0].permission_groups).toEqual([{ id: ANALYTICS_READ }, { id: ZONE_READ }]);
    expect(render([a, b]).map((p: any) => p.effect)).toEqual(['allow', 'deny']);
  });

  test('sub-second times are dropped and offsets written in UTC', () => {
    const token = onlyResource(
      synthJson((stack) => {
        new AccountApiToken(stack, 't', {
          name: 't',
          policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }],
          notBefore: '2030-01-01T02:00:00.987+02:00',
          expiresOn: '2031-06-30T23:59:59.5Z',
          status: TokenStatus.DISABLED,
        });
      }),
      'cloudflare_account_token',
    );
    expect(token).toMatchObject({ not_before: '2030-01-01T00:00:00Z', expires_on: '2031-06-30T23:59:59Z', status: 'disabled' });
  });

  test('unresolved values are passed to Terraform, not validated as literals', () => {
    const json = synthJson((stack) => {
      const variable = (name: string) => new TerraformVariable(stack, name, { type: 'string' }).stringValue;
      new AccountApiToken(stack, 't', {
        accountId: variable('account'),
        name: variable('name'),
        policies: [{ effect: variable('effect'), permissionGroups: [variable('group')], resources: { 'com.cloudflare.api.account.zone.*': '*' } }],
        notBefore: variable('not_before'),
        expiresOn: variable('expires_on'),
        condition: { requestIp: { in: [variable('ip')] } },
        status: variable('status'),
      });
    });
    expect(onlyResource(json, 'cloudflare_account_token')).toMatchObject({
      account_id: '${var.account}',
      name: '${var.name}',
      not_before: '${var.not_before}',
      expires_on: '${var.expires_on}',
      status: '${var.status}',
      condition: { request_ip: { in: ['${var.ip}'] } },
      policies: [{ effect: '${var.effect}', permission_groups: [{ id: '${var.group}' }] }],
    });
  });

  test('accountId defaults to CLOUDFLARE_ACCOUNT_ID and an explicit one wins', () => {
    const explicit = 'fedcba9876543210fedcba9876543210';
    const json = synthJson((stack) => {
      new AccountApiToken(stack, 'env', { name: 'env', policies: [{ effect: 'allow', permissionGroups: ['Account Settings Read'], resources: { 'com.cloudflare.api.account': '*' } }] });
      new AccountApiToken(stack, 'explicit', { accountId: explicit, name: 'x', policies: [{ effect: 'allow', permissionGroups: ['Account Settings Read'], resources: { 'com.cloudflare.api.account': '*' } }] });
    });
    const tokens = Object.values(json.resource.cloudflare_account_token) as any[];
    expect(tokens.map((t) => t.account_id).sort()).toEqual([ACCOUNT_ID, explicit].sort());
    expect(tokens.find((t) => t.account_id === explicit).policies[0].resources).toBe(`{"com.cloudflare.api.account.${explicit}":"*"}`);
  });

  test('names missing from the catalog resolve at plan time only when asked to', () => {
    const json = synthJson((stack) => {
      new AccountApiToken(stack, 't', {
        name: 't',
        resolvePermissionGroupsAtPlanTime: true,
        policies: [{ effect: 'allow', permissionGroups: ['Brand New Feature Write', 'Zone Read', 'Brand New Feature Write'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }],
      });
    });
    const lists = Object.entries(json.data.cloudflare_account_api_token_permission_groups_list) as [string, any][];
    expect(lists).toHaveLength(1);
    const [logicalId, list] = lists[0];
    expect(list).toMatchObject({
      account_id: ACCOUNT_ID,
      name: 'Brand New Feature Write',
      scope: 'com.cloudflare.api.account.zone',
      lifecycle: { postcondition: [{ condition: '${length(self.result) > 0}', error_message: expect.stringContaining('"Brand New Feature Write"') }] },
    });
    // Ids known at synth come first, looked-up ones after them; the repeated name is looked up once.
    expect(onlyResource(json, 'cloudflare_account_token').policies[0].permission_groups).toEqual([
      { id: ZONE_READ },
      { id: `\${data.cloudflare_account_api_token_permission_groups_list.${logicalId}.result[0].id}` },
    ]);
  });
});
