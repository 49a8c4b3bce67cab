// The TypeScript side of the Python binding tests (test/python/): synthesizes the example stacks of
// examples/*.ts into one app, and records the error message of every bad-input case, so that pytest can
// compare the Python synthesis and the Python exceptions with them.
//
//   npx ts-node --transpile-only -P tsconfig.dev.json test/python/ts_reference.ts <outdir>
//
// writes <outdir>/stacks/<stack>/cdk.tf.json (the usual cdktf layout) and <outdir>/errors.json
// ({ "<case id>": "<message>" }). The case ids and inputs mirror ERROR_CASES in test/python/test_errors.py.
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { buildExamplesApp } from '../../examples/app';
import { AccountApiToken, R2BucketToken, R2Endpoint, Resources, UserApiToken } from '../../src';

const ZONE_READ_EVERYWHERE = { effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } };

/** Each case builds something invalid in the stack "errors" of a fresh app. */
const ERROR_CASES: Record<string, (stack: Construct) => unknown> = {
  unknown_permission_group: (s) =>
    new AccountApiToken(s, 'bad', {
      name: 'Typo',
      policies: [{ effect: 'allow', permissionGroups: ['Zone Reed'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }],
    }),
  // Grants may still add policies, so an empty list fails at synth.
  empty_policies: (s) => [new AccountApiToken(s, 'bad', { name: 'Nothing', policies: [] }), App.of(s).synth()],
  empty_permission_groups: (s) =>
    new AccountApiToken(s, 'bad', { name: 'Nothing', policies: [{ effect: 'allow', permissionGroups: [], resources: { 'com.cloudflare.api.account.zone.*': '*' } }] }),
  bad_effect: (s) => new AccountApiToken(s, 'bad', { name: 'Permit', policies: [{ ...ZONE_READ_EVERYWHERE, effect: 'permit' }] }),
  non_rfc3339_time: (s) => new AccountApiToken(s, 'bad', { name: 'Time', policies: [ZONE_READ_EVERYWHERE], notBefore: '2024-01-01 00:00:00' }),
  expires_before_not_before: (s) =>
    new AccountApiToken(s, 'bad', {
      name: 'Time',
      policies: [ZONE_READ_EVERYWHERE],
      notBefore: '2031-01-01T00:00:00Z',
      expiresOn: '2030-12-31T23:59:59Z',
    }),
  bad_ip: (s) =>
    new AccountApiToken(s, 'bad', { name: 'IP', policies: [ZONE_READ_EVERYWHERE], condition: { requestIp: { in: ['300.1.1.1'] } } }),
  bad_ip_not_in: (s) =>
    new AccountApiToken(s, 'bad', { name: 'IP', policies: [ZONE_READ_EVERYWHERE], condition: { requestIp: { notIn: ['10.0.0.0/33'] } } }),
  bad_account_id: (s) => new AccountApiToken(s, 'bad', { name: 'Account', accountId: 'abc', policies: [ZONE_READ_EVERYWHERE] }),
  empty_name: (s) => new AccountApiToken(s, 'bad', { name: '', policies: [ZONE_READ_EVERYWHERE] }),
  bad_status: (s) => new AccountApiToken(s, 'bad', { name: 'Status', policies: [ZONE_READ_EVERYWHERE], status: 'paused' }),
  empty_resources: (s) => new AccountApiToken(s, 'bad', { name: 'Resources', policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: {} }] }),
  user_token_bare_account_key: (s) =>
    new UserApiToken(s, 'bad', {
      name: 'User',
      policies: [{ effect: 'allow', permissionGroups: ['Workers R2 Storage Read'], resources: { 'com.cloudflare.api.account': '*' } }],
    }),
  bad_bucket_name: (s) => new R2BucketToken(s, 'bad', { bucketName: 'My_Bucket', access: 'read' }),
  bad_jurisdiction: (s) => new R2BucketToken(s, 'bad', { bucketName: 'reports', jurisdiction: 'mars', access: 'read' }),
  bad_access: (s) => new R2BucketToken(s, 'bad', { bucketName: 'reports', access: 'admin' }),
  bucket_and_bucket_name: (s) =>
    new R2BucketToken(s, 'bad', {
      bucket: new R2Bucket(s, 'bucket', { accountId: process.env.CLOUDFLARE_ACCOUNT_ID!, name: 'reports' }),
      bucketName: 'reports',
      access: 'read',
    }),
  name_too_long: (s) => new AccountApiToken(s, 'bad', { name: 'n'.repeat(121), policies: [ZONE_READ_EVERYWHERE] }),
  ipv6_zone_index: (s) =>
    new AccountApiToken(s, 'bad', { name: 'IP', policies: [ZONE_READ_EVERYWHERE], condition: { requestIp: { in: ['fe80::1%eth0'] } } }),
  time_past_year_9999: (s) => new AccountApiToken(s, 'bad', { name: 'Time', policies: [ZONE_READ_EVERYWHERE], expiresOn: '9999-12-31T23:30:00-01:00' }),
  resource_key_interpolation: (s) =>
    new AccountApiToken(s, 'bad', { name: 'Key', policies: [{ ...ZONE_READ_EVERYWHERE, resources: { 'com.cloudflare.api.account.zone.${local.x}': '*' } }] }),
  resource_key_too_deep: (s) =>
    new AccountApiToken(s, 'bad', {
      name: 'Deep',
      policies: [{ ...ZONE_READ_EVERYWHERE, resources: { 'com.cloudflare.api.account.zone.*': { 'com.cloudflare.api.account.zone.dns.*': '*' } } }],
    }),
  output_name_collision: (s) => [
    new AccountApiToken(s, 'a.b', { name: 'A', policies: [ZONE_READ_EVERYWHERE] }),
    new AccountApiToken(s, 'a_b', { name: 'B', policies: [ZONE_READ_EVERYWHERE] }),
  ],
  resource_key_constructor: (s) =>
    new AccountApiToken(s, 'bad', { name: 'Proto', policies: [{ ...ZONE_READ_EVERYWHERE, resources: { constructor: '*' } }] }),
  resources_account_helper: () => Resources.account('abc'),
  r2_endpoint_jurisdiction: () => R2Endpoint.s3(process.env.CLOUDFLARE_ACCOUNT_ID!, 'mars'),
  token_r2_endpoint_jurisdiction: (s) => new AccountApiToken(s, 'token', { name: 'Token', policies: [ZONE_READ_EVERYWHERE] }).r2Endpoint('mars'),
};

function errorMessages(): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [id, build] of Object.entries(ERROR_CASES)) {
    const stack = new TerraformStack(new App({ outdir: join(outdir, '.errors-unused') }), 'errors');
    try {
      build(stack);
      messages[id] = '(no error)';
    } catch (e) {
      messages[id] = (e as Error).message;
    }
  }
  return messages;
}

const outdir = process.argv[2];
if (!outdir) {
  console.error('usage: ts_reference.ts <outdir>');
  process.exit(2);
}
if (!process.env.CLOUDFLARE_ACCOUNT_ID) {
  console.error('ts_reference.ts: set CLOUDFLARE_ACCOUNT_ID (the Python side uses the same one)');
  process.exit(2);
}
mkdirSync(outdir, { recursive: true });
buildExamplesApp(outdir).synth();
writeFileSync(join(outdir, 'errors.json'), JSON.stringify(errorMessages(), null, 2));
