/**
 * Synth case, library side: N AccountApiTokens, each with two policies whose permission groups are
 * names resolved from the catalog, and the default outputs; `app.synth()` to BENCH_OUTDIR.
 */
import { ACCOUNT_ID, countFromArgv, outdirFromEnv, PROFILES, tokenId, tokenName } from './fixture';
import { LIB_DIR, mark, note } from './report';
import type * as Lib from '../../src';

mark('start');
/* eslint-disable @typescript-eslint/no-require-imports */
const { App, TerraformStack } = require('cdktf') as typeof import('cdktf');
const { CloudflareProvider } = require('@cdktf/provider-cloudflare/lib/provider') as typeof import('@cdktf/provider-cloudflare/lib/provider');
const { AccountApiToken } = require(LIB_DIR) as typeof Lib;
mark('import');

const count = countFromArgv();
const app = new App({ outdir: outdirFromEnv() });
const stack = new TerraformStack(app, 'bench');
new CloudflareProvider(stack, 'cloudflare', {});
for (let i = 0; i < count; i++) {
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
