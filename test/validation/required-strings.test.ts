import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AccountApiToken, CloudflareProviderVersion, R2BucketRef, R2Endpoint, Resources, UserApiToken } from '../../src';
import { requireString } from '../../src/validation/required';
import { withEnv } from '../support/env';
import { ACCOUNT_ID, expressionOf, synthError, thrownMessage } from '../support/synth';

// A required string that is missing (an unset environment variable), null, empty or blank is refused at every
// public entry point, with the property's name and the fix. The props of the token constructs are also in
// test/bad-input-cases.json (run from Python too); these are the method and factory arguments.
const ZONES = { 'com.cloudflare.api.account.zone.*': '*' };
const ZONE_READ = { effect: 'allow', permissionGroups: ['Zone Read'], resources: ZONES };
const UNSET: string = process.env.SURELY_UNSET_VARIABLE_OF_THE_TESTS as string;
const HEX = '32 lowercase hex characters (0-9, a-f), as shown in the dashboard URL and the API.';
const accountToken = (scope: Construct) => new AccountApiToken(scope, 't', { accountId: ACCOUNT_ID, name: 'T', policies: [ZONE_READ] });
const userToken = (scope: Construct) => new UserApiToken(scope, 'u', { name: 'U', policies: [ZONE_READ] });

const CASES: Array<[string, (scope: Construct) => unknown, string]> = [
  ['R2BucketRef.fromName(unset variable)', () => R2BucketRef.fromName(UNSET), 'bucketName is undefined (not given, or an unset environment variable); give the bucket\'s name, e.g. "uploads".'],
  ['R2BucketRef.fromName(null)', () => R2BucketRef.fromName(null as any), 'bucketName is null; give the bucket\'s name, e.g. "uploads".'],
  ['R2BucketRef.fromName("")', () => R2BucketRef.fromName(''), 'bucketName is empty (""); give the bucket\'s name, e.g. "uploads".'],
  ['R2BucketRef.fromName(" ")', () => R2BucketRef.fromName(' '), 'bucketName is blank (" "); give the bucket\'s name, e.g. "uploads".'],
  ['R2BucketRef.fromName(5)', () => R2BucketRef.fromName(5 as any), 'bucketName is 5 (a number, not a string); give the bucket\'s name, e.g. "uploads".'],
  ['R2BucketRef.fromName(name, "")', () => R2BucketRef.fromName('reports', ''), 'jurisdiction is empty (""); give one of "default", "eu", "fedramp", or leave it out for "default".'],
  ['R2BucketRef.fromName(name, eu, "")', () => R2BucketRef.fromName('reports', 'eu', ''), `accountId is empty (""); give the account id: ${HEX}`],
  ['R2BucketRef.fromBucket(undefined)', () => R2BucketRef.fromBucket(UNSET as any), 'R2BucketRef.fromBucket: expected a cloudflare_r2_bucket resource (the R2Bucket of @cdktf/provider-cloudflare or of your own `cdktf get` bindings), got undefined (not given, or an unset environment variable). Pass the bucket\'s resource, or name the bucket with R2BucketRef.fromName("<bucket>").'],
  ['Resources.account(undefined)', () => Resources.account(UNSET), `accountId is undefined (not given, or an unset environment variable); give the account id: ${HEX}`],
  ['Resources.zone("")', () => Resources.zone(''), `zoneId is empty (""); give the zone id: ${HEX}`],
  ['Resources.user(null)', () => Resources.user(null as any), `userTag is null; give the user tag: ${HEX}`],
  ['Resources.r2Bucket(account, undefined)', () => Resources.r2Bucket(ACCOUNT_ID, UNSET), 'bucketName is undefined (not given, or an unset environment variable); give the bucket\'s name, e.g. "uploads".'],
  ['Resources.r2Bucket(account, name, "")', () => Resources.r2Bucket(ACCOUNT_ID, 'reports', ''), 'jurisdiction is empty (""); give one of "default", "eu", "fedramp", or leave it out for "default".'],
  ['Resources.r2BucketOf(undefined)', () => Resources.r2BucketOf(UNSET as any), 'Resources.r2BucketOf: expected a cloudflare_r2_bucket resource (the R2Bucket of @cdktf/provider-cloudflare or of your own `cdktf get` bindings), got undefined (not given, or an unset environment variable). Pass the bucket\'s resource, or name the bucket with R2BucketRef.fromName("<bucket>").'],
  ['Resources.zonesOfAccount("")', () => Resources.zonesOfAccount(''), `accountId is empty (""); give the account id: ${HEX}`],
  ['Resources.allR2BucketsOfAccount(undefined)', () => Resources.allR2BucketsOfAccount(UNSET), `accountId is undefined (not given, or an unset environment variable); give the account id: ${HEX}`],
  ['R2Endpoint.s3(undefined)', () => R2Endpoint.s3(UNSET), `accountId is undefined (not given, or an unset environment variable); give the account id: ${HEX}`],
  ['R2Endpoint.s3(account, "")', () => R2Endpoint.s3(ACCOUNT_ID, ''), 'jurisdiction is empty (""); give one of "default", "eu", "fedramp", or leave it out for "default".'],
  ['token.r2Endpoint("")', (s) => accountToken(s).r2Endpoint(''), 'jurisdiction is empty (""); give one of "default", "eu", "fedramp", or leave it out for "default".'],
  ['grantZone(undefined, groups)', (s) => accountToken(s).grantZone(UNSET, ['DNS Write']), `AccountApiToken "test/t" grantZone: zoneId is undefined (not given, or an unset environment variable); give the zone id: ${HEX}`],
  ['grantAccount(groups, "")', (s) => accountToken(s).grantAccount(['Workers Scripts Write'], ''), 'AccountApiToken "test/t" grantAccount: accountId is empty (""); give the account id (32 hex characters), or leave it out for the token\'s own account.'],
  ['grantAccount(groups, null)', (s) => accountToken(s).grantAccount(['Workers Scripts Write'], null as any), 'AccountApiToken "test/t" grantAccount: accountId is null; give the account id (32 hex characters), or leave it out for the token\'s own account.'],
  ['user token grantAccount(groups, " ")', (s) => userToken(s).grantAccount(['Workers Scripts Write'], ' '), 'UserApiToken "test/u" grantAccount: accountId is blank (" "); give the account id (32 hex characters), or leave it out for the token\'s own account.'],
  ['grantR2Bucket(bucket, undefined)', (s) => accountToken(s).grantR2Bucket(R2BucketRef.fromName('reports'), UNSET), 'AccountApiToken "test/t" grantR2Bucket: access is undefined (not given, or an unset environment variable); use "read", "write" or "read-write" (R2Access.READ, R2Access.WRITE, R2Access.READ_WRITE).'],
  ['grantR2Bucket(undefined, read)', (s) => accountToken(s).grantR2Bucket(UNSET as any, 'read'), 'AccountApiToken "test/t" grantR2Bucket: the bucket must be an R2BucketRef; use R2BucketRef.fromBucket(bucket) or R2BucketRef.fromName("name").'],
  ['CloudflareProviderVersion.pin(scope, null)', (s) => CloudflareProviderVersion.pin(s, null as any), 'CloudflareProviderVersion.pin: version is null; give a Terraform version constraint such as "5.24.0", "~> 5.24" or ">= 5.14, < 6", or leave it out for the tested version.'],
  ['AccountApiToken name undefined', (s) => new AccountApiToken(s, 'n', { accountId: ACCOUNT_ID, name: UNSET, policies: [ZONE_READ] }), 'AccountApiToken "test/n": name is missing; give the token a non-empty name, e.g. "CI deploy token".'],
  ['AccountApiToken notBefore null', (s) => new AccountApiToken(s, 'n', { accountId: ACCOUNT_ID, name: 'N', policies: [ZONE_READ], notBefore: null as any }), 'AccountApiToken "test/n": notBefore is null; give an RFC 3339 time such as "2030-12-31T23:59:59Z", or leave it out.'],
  ['UserApiToken request IP entry undefined', (s) => new UserApiToken(s, 'n', { name: 'N', policies: [ZONE_READ], condition: { requestIp: { in: [UNSET] } } }), 'UserApiToken "test/n": condition.requestIp.in entry undefined is not a string; give an IP address or CIDR range such as "192.0.2.0/24".'],
  ['policy permission group undefined', (s) => [new UserApiToken(s, 'n', { name: 'N', policies: [{ ...ZONE_READ, permissionGroups: [UNSET] }] })], 'UserApiToken "test/n" policy #1: permission group undefined is not a name or id; use e.g. "Zone Read" or a 32-hex id.'],
];

describe('a missing, null, empty or blank required string is refused everywhere', () => {
  test.each(CASES)('%s', (_, build, message) => {
    expect(synthError(build)).toBe(message);
  });
});

describe('requireString', () => {
  test('passes a string and a token; refuses the rest, naming the property in the caller\'s language', () => {
    expect(requireString('x', 'bucketName', 'fix', undefined)).toBe('x');
    const stack = new TerraformStack(new App(), 'test');
    const variable = new TerraformVariable(stack, 'name', {}).stringValue;
    expect(requireString(variable, 'bucketName', 'fix', undefined)).toBe(variable);
    expect(thrownMessage(() => requireString(['a'], 'bucketName', 'give one', undefined))).toBe('bucketName is ["a"] (a list, not a string); give one.');
    withEnv({ JSII_AGENT: 'Python/3.11.7' }, () => {
      expect(thrownMessage(() => requireString(undefined, 'bucketName', 'give one', undefined))).toBe('bucket_name is None; give one.');
      expect(thrownMessage(() => requireString('', 'bucketName', 'give one', undefined))).toBe('bucket_name is empty (""); give one.');
    });
  });

  test('an R2Bucket resource still works wherever a bucket is asked for', () => {
    const stack = new TerraformStack(new App(), 'test');
    const bucket = new R2Bucket(stack, 'b', { accountId: ACCOUNT_ID, name: 'reports' });
    expect(expressionOf(stack, R2BucketRef.fromBucket(bucket).bucketName)).toBe('${cloudflare_r2_bucket.b.name}');
    expect(Resources.r2BucketOf(bucket)).toContain('com.cloudflare.edge.r2.bucket.');
  });
});
