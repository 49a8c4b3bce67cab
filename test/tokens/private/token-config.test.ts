import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { ApiTokenProps } from '../../../src/tokens/api-token-props';
import { buildTokenConfig } from '../../../src/tokens/private/token-config';
import { ACCOUNT_ID, thrownMessage } from '../../support/synth';

const ZONES = { 'com.cloudflare.api.account.zone.*': '*' };
const POLICY = { effect: 'allow', permissionGroups: ['Zone Read'], resources: ZONES };
const user = { label: 'T "t"' };

const newScope = () => new Construct(new TerraformStack(Testing.app(), 'test'), 't');
type Owner = { label: string; accountId?: string };
const build = (props: object, owner: Owner = user) => buildTokenConfig(newScope(), props as ApiTokenProps, owner);
const errorOf = (props: unknown, owner: Owner = user) => thrownMessage(() => build(props as object, owner));

describe('buildTokenConfig', () => {
  test('turns the props into provider arguments: times in UTC, status in lower case, the condition kept', () => {
    expect(
      build({
        name: 'CI ${token}',
        policies: [POLICY],
        notBefore: '2030-01-01T02:00:00+02:00',
        expiresOn: '2031-06-30T23:59:59.900Z',
        status: 'DISABLED',
        condition: { requestIp: { in: ['10.0.0.0/8'], notIn: ['10.0.0.1', '2001:db8::/32'] } },
      }),
    ).toEqual({
      name: 'CI $${token}',
      notBefore: '2030-01-01T00:00:00Z',
      expiresOn: '2031-06-30T23:59:59Z',
      status: 'disabled',
      condition: { requestIp: { in: ['10.0.0.0/8'], notIn: ['10.0.0.1', '2001:db8::/32'] } },
    });
  });

  test('optional props left out stay out; a condition without addresses is no condition', () => {
    const minimal = { name: 'n', notBefore: undefined, expiresOn: undefined, status: undefined, condition: undefined };
    expect(build({ name: 'n', policies: [POLICY] })).toEqual(minimal);
    expect(build({ name: 'n', policies: [POLICY], condition: {} })).toEqual(minimal);
    expect(build({ name: 'n', policies: [POLICY], condition: { requestIp: {} } })).toEqual(minimal);
  });

  test('an expiry in the past is a warning, not an error', () => {
    const scope = newScope();
    buildTokenConfig(scope, { name: 'n', policies: [POLICY], expiresOn: '2001-01-01T00:00:00Z' } as ApiTokenProps, user);
    expect(scope.node.metadata.map((entry) => [entry.type, entry.data])).toEqual([
      ['@cdktf/warn', 'T "t": expiresOn "2001-01-01T00:00:00Z" is in the past; Cloudflare will refuse the token from the start.'],
    ]);
  });

  test.each<[string, unknown, string]>([
    ['no props', undefined, 'T "t": props are required: { name, policies }.'],
    ['no name', { policies: [POLICY] }, 'T "t": name is missing; give the token a non-empty name, e.g. "CI deploy token".'],
    ['a blank name', { name: ' ', policies: [POLICY] }, 'T "t": name is " "; give the token a non-empty name, e.g. "CI deploy token".'],
    ['a name that is not a string', { name: 7, policies: [POLICY] }, 'T "t": name is 7; give the token a non-empty name, e.g. "CI deploy token".'],
    ['a name over 120 characters', { name: 'x'.repeat(121), policies: [POLICY] }, `T "t": name is 121 characters long; Cloudflare takes at most 120. Shorten "${'x'.repeat(40)}…".`],
    ['accountId on a user-owned token', { name: 'n', policies: [POLICY], accountId: ACCOUNT_ID }, 'T "t": props has unknown property "accountId" (did you mean "condition"?). Valid: "notBefore" (Python: not_before), "expiresOn" (Python: expires_on), "rotation", "condition", "status", "createOutputs" (Python: create_outputs), "adoptTokenId" (Python: adopt_token_id), "name", "policies", "resolvePermissionGroupsAtPlanTime" (Python: resolve_permission_groups_at_plan_time). An unknown property would be ignored, so it is refused.'],
    ['a time that is not RFC 3339', { name: 'n', policies: [POLICY], notBefore: '2030-01-01' }, 'T "t": notBefore "2030-01-01" is not an RFC 3339 time; use one such as "2030-12-31T23:59:59Z" (date, \'T\', time, and \'Z\' or an offset like +02:00).'],
    ['an expiry before the start', { name: 'n', policies: [POLICY], notBefore: '2030-01-02T00:00:00Z', expiresOn: '2030-01-01T00:00:00Z' }, 'T "t": expiresOn "2030-01-01T00:00:00Z" is not after notBefore "2030-01-02T00:00:00Z"; the token would never be valid. Move expiresOn later.'],
    ['an expiry equal to the start', { name: 'n', policies: [POLICY], notBefore: '2030-01-01T01:00:00+01:00', expiresOn: '2030-01-01T00:00:00Z' }, 'T "t": expiresOn "2030-01-01T00:00:00Z" is not after notBefore "2030-01-01T00:00:00Z"; the token would never be valid. Move expiresOn later.'],
    ['an unknown status', { name: 'n', policies: [POLICY], status: 'expired' }, 'T "t": status "expired" is not valid; use "active" or "disabled" (TokenStatus.ACTIVE, TokenStatus.DISABLED).'],
    ['a condition that is a list', { name: 'n', policies: [POLICY], condition: [] }, 'T "t": condition must be an object with "requestIp", got [].'],
    ['a requestIp that is a string', { name: 'n', policies: [POLICY], condition: { requestIp: '10.0.0.1' } }, 'T "t": condition.requestIp must be an object with "in" or "notIn", got "10.0.0.1".'],
    ['an address list that is a string', { name: 'n', policies: [POLICY], condition: { requestIp: { in: '10.0.0.1' } } }, 'T "t": condition.requestIp.in must be a list of IP addresses or CIDR ranges.'],
    ['a bad address', { name: 'n', policies: [POLICY], condition: { requestIp: { notIn: ['10.0.0.256'] } } }, 'T "t": condition.requestIp.notIn entry "10.0.0.256" is not an IP address or CIDR range; use an IPv4 or IPv6 address or range, such as "192.0.2.0/24", "198.51.100.7" or "2001:db8::/32".'],
  ])('refuses %s', (_, props, message) => {
    expect(errorOf(props)).toBe(message);
  });
});
