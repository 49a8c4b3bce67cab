/**
 * Synth case, library side: N AccountApiTokens, each with two policies whose permission groups are
 * names resolved from the catalog (with BENCH_SYNTH=grants: a zone policy and an R2 bucket grant), and
 * the default outputs; `app.synth()` to BENCH_OUTDIR.
 */
import { ACCOUNT_ID, bucketOf, countFromArgv, GRANTS, outdirFromEnv, PROFILES, synthVariant, tokenId, tokenName, zoneOf } from './fixture';
import { LIB_DIR, mark, note } from './report';
import type * as Lib from '../../src';

mark('start');
/* eslint-disable @typescript-eslint/no-require-imports */
const { App, TerraformStack } = require('cdktf') as typeof import('cdktf');
const { CloudflareProvider } = require('@cdktf/provider-cloudflare/lib/provider') as typeof import('@cdktf/provider-cloudflare/lib/provider');
const { AccountApiToken, R2Access, R2BucketRef } = require(LIB_DIR) as typeof Lib;
mark('import');

const count = countFromArgv();
const app = new App({ outdir: outdirFromEnv() });
const stack = new TerraformStack(app, 'bench');
new CloudflareProvider(stack, 'cloudflare', {});
const grants = synthVariant() === 'grants';
for (let i = 0; i < count; i++) {
  if (grants) {
    const token = new AccountApiToken(stack, tokenId(i), {
      accountId: ACCOUNT_ID,
      name: tokenName(i),
      policies: [{ effect: 'allow', permissionGroups: GRANTS.zoneNames, resources: { [`com.cloudflare.api.account.zone.${zoneOf(i)}`]: '*' } }],
    });
    token.grantR2Bucket(R2BucketRef.fromName(bucketOf(i)), R2Access.READ_WRITE);
    continue;
  }
  const profile = PROFILES[i % PROFILES.length];
  new AccountApiToken(stack, tokenId(i), {
    accountId: ACCOUNT_ID,
    name: tokenName(i),
    policies: [
      { effect: 'allow', permissionGroups: profile.zoneNames, resources: { 'com.cloudflare.api.account.zone.*': '*' } },
      { effect: 'allow', permissionGroups: profile.accountNames, resources: { 'com.cloudflare.api.account': '*' } },
    ],
  });
}
mark('construct');
app.synth();
mark('synth');
note('count', count);
