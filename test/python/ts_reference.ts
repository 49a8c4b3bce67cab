// The TypeScript side of the Python binding tests (test/python/): synthesizes the example stacks of
// examples/*.ts into one app, and records the error message of every bad-input case, so that pytest can
// compare the Python synthesis and the Python exceptions with them.
//
//   npx ts-node --transpile-only -P tsconfig.dev.json test/python/ts_reference.ts <outdir>
//
// writes <outdir>/stacks/<stack>/cdk.tf.json (the usual cdktf layout) and <outdir>/errors.json
// ({ "<case id>": "<message>" }): the cases of test/bad-input-cases.json and the code cases of test_errors.py.
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { buildExamplesApp } from '../../examples/app';
import { AccountApiToken, CloudflareProviderVersion, R2BucketRef, R2BucketToken, R2Endpoint, Resources } from '../../src';
import { BAD_INPUT_CASES, buildBadInput } from '../support/bad-input-cases';

const ZONE_READ_EVERYWHERE = { effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } };

/**
 * Each case builds something invalid in the stack "errors" of a fresh app: the cases of the shared table
 * test/bad-input-cases.json that Python can express, and those that are not plain data (the same ids as
 * CODE_CASES in test_errors.py).
 */
const ERROR_CASES: Record<string, (stack: Construct) => unknown> = {
  ...Object.fromEntries(
    BAD_INPUT_CASES.filter((badInput) => badInput.typescriptOnly === undefined).map((badInput) => [
      badInput.id,
      (s: Construct) => buildBadInput(s, badInput),
    ]),
  ),
  // Grants may still add policies, so an empty list fails at synth.
  empty_policies: (s) => [new AccountApiToken(s, 'bad', { name: 'Nothing', policies: [] }), App.of(s).synth()],
  bucket_and_bucket_name: (s) =>
    new R2BucketToken(s, 'bad', {
      bucket: new R2Bucket(s, 'bucket', { accountId: process.env.CLOUDFLARE_ACCOUNT_ID!, name: 'reports' }),
      bucketName: 'reports',
      access: 'read',
    }),
  output_name_collision: (s) => [
    new AccountApiToken(s, 'a.b', { name: 'A', policies: [ZONE_READ_EVERYWHERE] }),
    new AccountApiToken(s, 'a_b', { name: 'B', policies: [ZONE_READ_EVERYWHERE] }),
  ],
  resources_account_helper: () => Resources.account('abc'),
  r2_endpoint_jurisdiction: () => R2Endpoint.s3(process.env.CLOUDFLARE_ACCOUNT_ID!, 'mars'),
  token_r2_endpoint_jurisdiction: (s) => new AccountApiToken(s, 'token', { name: 'Token', policies: [ZONE_READ_EVERYWHERE] }).r2Endpoint('mars'),
  r2_bucket_ref_from_name_empty: () => R2BucketRef.fromName(''),
  resources_zone_empty: () => Resources.zone(''),
  grant_account_empty: (s) => new AccountApiToken(s, 'token', { name: 'Token', policies: [ZONE_READ_EVERYWHERE] }).grantAccount(['Workers Scripts Write'], ''),
  provider_version_garbage: (s) => CloudflareProviderVersion.pin(s, 'garbage'),
  r2_bucket_token_jurisdiction_contradicts_bucket: (s) =>
    new R2BucketToken(s, 'bad', {
      bucket: new R2Bucket(s, 'bucket', { accountId: process.env.CLOUDFLARE_ACCOUNT_ID!, name: 'reports', jurisdiction: 'fedramp' }),
      jurisdiction: 'eu',
      access: 'read',
    }),
  r2_bucket_token_account_id_contradicts_bucket: (s) =>
    new R2BucketToken(s, 'bad', {
      bucket: new R2Bucket(s, 'bucket', { accountId: process.env.CLOUDFLARE_ACCOUNT_ID!, name: 'reports' }),
      accountId: 'fedcba9876543210fedcba9876543210',
      access: 'read',
    }),
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
