import { AccountApiToken, AccountApiTokenProps, R2Access, R2BucketToken, R2BucketTokenProps, UserApiToken } from '../src';
import { withEnv } from './support/env';
import { ACCOUNT_ID, synthError } from './support/synth';

const ZONES = { 'com.cloudflare.api.account.zone.*': '*' };
const valid: AccountApiTokenProps = { accountId: ACCOUNT_ID, name: 't', policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: ZONES }] };
const withPolicy = (policy: object): AccountApiTokenProps => ({ ...valid, policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: ZONES, ...policy } as any] });

// Each bad input is a synth-time error whose message names the bad value and says what is valid.
const accountTokenCases: [string, AccountApiTokenProps, RegExp][] = [
  ['policies missing', { ...valid, policies: undefined } as any, /: policies is missing; give a list of policies, e\.g\. \[\{ effect: "allow"/],
  ['policies not a list', { ...valid, policies: { effect: 'allow' } } as any, /: policies is \{"effect":"allow"\}; give a list of policies/],
  ['empty permissionGroups', withPolicy({ effect: 'allow', permissionGroups: [] }), /policy #1: permissionGroups is empty\. Name at least one group/],
  ['empty resources', withPolicy({ resources: {} }), /policy #1: resources is empty\. Name at least one resource/],
  ['resources as a list', withPolicy({ resources: ['com.cloudflare.api.account.zone.*'] }), /resources must be a map from resource key to "\*"/],
  ['a resource value that is not * or a map', withPolicy({ resources: { 'com.cloudflare.api.account.zone.*': 'read' } }), /resources\["com\.cloudflare\.api\.account\.zone\.\*"\] is string "read"; a resource maps to "\*"/],
  ['unknown permission group', withPolicy({ effect: 'allow', permissionGroups: ['Zone Reed'] }), /unknown permission group "Zone Reed"\. Closest names: "Zone Read"/],
  ['ambiguous permission group', withPolicy({ effect: 'allow', permissionGroups: ['Logs Read'], resources: { 'com.cloudflare.api.account.worker.route.*': '*' } }), /"Logs Read" exists in several scopes.*6a315a56f18441e59ed03352369ae956.*c4a30cd58c5d42619c86a3c36c441e2d/],
  ['effect other than allow or deny', withPolicy({ effect: 'permit' }), /effect "permit" is not valid; use "allow" or "deny"/],
  ['notBefore not RFC 3339', { ...valid, notBefore: '2024-01-01' }, /notBefore "2024-01-01" is not an RFC 3339 time; use one such as "2030-12-31T23:59:59Z"/],
  ['expiresOn not RFC 3339', { ...valid, expiresOn: '31/12/2030' }, /expiresOn "31\/12\/2030" is not an RFC 3339 time/],
  ['impossible date', { ...valid, expiresOn: '2030-02-30T00:00:00Z' }, /expiresOn "2030-02-30T00:00:00Z" is not an RFC 3339 time/],
  ['expiresOn not after notBefore', { ...valid, notBefore: '2030-01-02T00:00:00Z', expiresOn: '2030-01-01T00:00:00Z' }, /expiresOn "2030-01-01T00:00:00Z" is not after notBefore "2030-01-02T00:00:00Z"/],
  ['request IP not an address', { ...valid, condition: { requestIp: { in: ['300.1.1.1'] } } }, /: condition\.requestIp\.in entry "300\.1\.1\.1" is not an IP address or CIDR range; use an IPv4 or IPv6 address/],
  ['request IP with a bad prefix', { ...valid, condition: { requestIp: { notIn: ['10.0.0.0/33'] } } }, /condition\.requestIp\.notIn entry "10\.0\.0\.0\/33"/],
  ['IPv6 prefix too long', { ...valid, condition: { requestIp: { in: ['2001:db8::/129'] } } }, /entry "2001:db8::\/129"/],
  ['account id not 32 hex', { ...valid, accountId: 'abc' }, /invalid account id "abc": a Cloudflare account id is 32 lowercase hex characters/i],
  ['empty name', { ...valid, name: '' }, /name is ""; give the token a non-empty name/],
  ['blank name', { ...valid, name: '   ' }, /name is "   "; give the token a non-empty name/],
  ['status', { ...valid, status: 'paused' }, /status "paused" is not valid; use "active" or "disabled"/],
  // Limits Cloudflare enforces.
  ['a name over 120 characters', { ...valid, name: 'n'.repeat(121) }, /name is 121 characters long; Cloudflare takes at most 120/],
  ['a name over 120 characters, counted in characters', { ...valid, name: '🔑'.repeat(121) }, /name is 121 characters long/],
  ['an IPv6 zone index', { ...valid, condition: { requestIp: { in: ['fe80::1%eth0'] } } }, /entry "fe80::1%eth0" has an IPv6 zone index \("%…"\), which Cloudflare does not take; drop it \("fe80::1"\)/],
  ['an IPv6 zone index in a range', { ...valid, condition: { requestIp: { notIn: ['fe80::%1/64'] } } }, /entry "fe80::%1\/64" has an IPv6 zone index/],
  ['a time past year 9999 in UTC', { ...valid, expiresOn: '9999-12-31T23:30:00-01:00' }, /expiresOn "9999-12-31T23:30:00-01:00" is \+010000-01-01T00:30:00Z in UTC, outside the years 0001 to 9999/],
  ['a time before year 0001 in UTC', { ...valid, notBefore: '0001-01-01T00:30:00+01:00' }, /notBefore "0001-01-01T00:30:00\+01:00" is .* in UTC, outside the years 0001 to 9999/],
  ['year 0000', { ...valid, notBefore: '0000-06-01T00:00:00Z' }, /notBefore "0000-06-01T00:00:00Z" is 0000-06-01T00:00:00Z in UTC, outside the years/],
  // Unknown properties would be dropped silently (a typo, a JavaScript variable, a dict): refused, with the nearest name.
  ['a policy without effect', { ...valid, policies: [{ permissionGroups: ['Zone Read'], resources: ZONES } as any] }, /policy #1: effect is missing; say "allow" or "deny"/],
  ['a capitalized Effect', withPolicy({ Effect: 'deny' }), /policy #1: the policy has unknown property "Effect" \(did you mean "effect"\?\)/],
  ['permission_groups beside permissionGroups', withPolicy({ permission_groups: ['Zone Write'] }), /unknown property "permission_groups" \(did you mean "permissionGroups" \(Python: permission_groups\)\?\)/],
  ['an unknown prop', { ...valid, expiresAt: '2030-01-01T00:00:00Z' } as any, /: props has unknown property "expiresAt" \(did you mean "expiresOn" \(Python: expires_on\)\?\)\. Valid: /],
  ['several unknown props', { ...valid, Name: 'x', not_before: 'y' } as any, /unknown properties "Name" \(did you mean "name"\?\), "not_before" \(did you mean "notBefore"/],
  ['an unknown condition prop', { ...valid, condition: { requestIP: { in: ['10.0.0.0/8'] } } } as any, /condition has unknown property "requestIP" \(did you mean "requestIp"/],
  ['an unknown request-IP prop', { ...valid, condition: { requestIp: { in: ['10.0.0.0/8'], not_in: ['10.0.0.1'] } } } as any, /condition\.requestIp has unknown property "not_in" \(did you mean "notIn" \(Python: not_in\)/],
  ['a condition that is not an object', { ...valid, condition: 'office' } as any, /condition must be an object with "requestIp", got "office"/],
  ['a policy that is not an object', { ...valid, policies: ['Zone Read'] } as any, /policy #1: a policy is an object \{ effect, permissionGroups, resources \}, got "Zone Read"/],
  ['a __proto__ resource key', withPolicy({ resources: { ...ZONES, ['__proto__']: '*' } }), /resources has the key "__proto__"/],
  ['a constructor resource key', withPolicy({ resources: { constructor: '*' } }), /resources has the key "constructor"/],
  ['a __proto__ key from JSON', withPolicy({ resources: JSON.parse('{"com.cloudflare.api.account.zone.*": "*", "__proto__": {"x": "*"}}') }), /resources has the key "__proto__"/],
  ['a __proto__ written in an object literal', withPolicy({ resources: { ...ZONES, __proto__: { 'com.cloudflare.api.account.zone.*': '*' } } as any }), /resources is not a plain object: a "__proto__" key in an object literal/],
];

describe('bad input is a synth-time error naming the value and the fix', () => {
  test.each(accountTokenCases)('AccountApiToken: %s', (_, props, message) => {
    expect(synthError((scope) => new AccountApiToken(scope, 't', props))).toMatch(message);
  });

  test('errors name the construct and the policy', () => {
    expect(synthError((scope) => new AccountApiToken(scope, 'ci-token', withPolicy({ effect: 'permit' })))).toMatch(/^AccountApiToken "test\/ci-token" policy #1: /);
  });

  test('no account id at all', () => {
    const withoutAccountId = () => synthError((scope) => new AccountApiToken(scope, 't', { ...valid, accountId: undefined }));
    expect(withEnv({ CLOUDFLARE_ACCOUNT_ID: undefined }, withoutAccountId)).toMatch(
      /no account id\. Pass accountId \(32 hex characters\) or set CLOUDFLARE_ACCOUNT_ID before synth/,
    );
    expect(withEnv({ CLOUDFLARE_ACCOUNT_ID: 'not-an-account' }, withoutAccountId)).toMatch(/\(from CLOUDFLARE_ACCOUNT_ID\): Invalid account id "not-an-account"/);
  });

  test('UserApiToken: the bare account key needs an account', () => {
    const message = synthError((scope) => new UserApiToken(scope, 'u', { name: 'u', policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account': '*' } }] }));
    expect(message).toMatch(/the bare key "com\.cloudflare\.api\.account" means "the token's own account", and a user-owned token has none/);
  });

  const r2Cases: [string, R2BucketTokenProps, RegExp][] = [
    ['bucket name', { accountId: ACCOUNT_ID, bucketName: 'My_Bucket', access: R2Access.READ }, /Invalid R2 bucket name "My_Bucket": use 3 to 63 characters/],
    ['jurisdiction', { accountId: ACCOUNT_ID, bucketName: 'ok-bucket', access: R2Access.READ, jurisdiction: 'mars' }, /Invalid R2 jurisdiction "mars"/],
    ['access', { accountId: ACCOUNT_ID, bucketName: 'ok-bucket', access: 'admin' }, /access "admin" is not valid; use "read", "write" or "read-write"/],
    ['no bucket', { accountId: ACCOUNT_ID, access: R2Access.READ }, /give exactly one of bucket \(an R2Bucket resource\) and bucketName/],
  ];
  test('R2BucketToken: an unknown prop', () => {
    expect(synthError((scope) => new R2BucketToken(scope, 'r2', { accountId: ACCOUNT_ID, bucketName: 'ok-bucket', access: R2Access.READ, bucket_name: 'x' } as any))).toMatch(
      /R2BucketToken "test\/r2": props has unknown property "bucket_name" \(did you mean "bucketName" \(Python: bucket_name\)\?\)/,
    );
  });

  test.each(r2Cases)('R2BucketToken: invalid %s', (_, props, message) => {
    expect(synthError((scope) => new R2BucketToken(scope, 'r2', props))).toMatch(message);
  });
});
