/**
 * Synth case, raw side: the same N tokens as synth-lib.ts written by hand against the provider bindings:
 * `AccountToken` with the permission group ids, the resources JSON as the library renders it (compact,
 * sorted keys, zones nested under the own account, policies in the library's order), and two sensitive
 * TerraformOutputs per token with the library's names (the secret through a local holding its hash, as the
 * library writes it). `app.synth()` to BENCH_OUTDIR.
 */
import { ACCOUNT_ID, countFromArgv, outdirFromEnv, PROFILES, tokenId, tokenName } from './fixture';
import { mark, note } from './report';

mark('start');
/* eslint-disable @typescript-eslint/no-require-imports */
const { App, Fn, TerraformLocal, TerraformStack, TerraformOutput } = require('cdktf') as typeof import('cdktf');
const { CloudflareProvider } = require('@cdktf/provider-cloudflare/lib/provider') as typeof import('@cdktf/provider-cloudflare/lib/provider');
const { AccountToken } = require('@cdktf/provider-cloudflare/lib/account-token') as typeof import('@cdktf/provider-cloudflare/lib/account-token');
mark('import');

const count = countFromArgv();
const app = new App({ outdir: outdirFromEnv() });
const stack = new TerraformStack(app, 'bench');
new CloudflareProvider(stack, 'cloudflare', {});
const account = `com.cloudflare.api.account.${ACCOUNT_ID}`;
const accountResources = JSON.stringify({ [account]: '*' });
const zoneResources = JSON.stringify({ [account]: { 'com.cloudflare.api.account.zone.*': '*' } });
for (let i = 0; i < count; i++) {
  const profile = PROFILES[i % PROFILES.length];
  const id = tokenId(i);
  const token = new AccountToken(stack, id, {
    accountId: ACCOUNT_ID,
    name: tokenName(i),
    policies: [
      { effect: 'allow', permissionGroups: profile.accountIds.map((g) => ({ id: g })), resources: accountResources },
      { effect: 'allow', permissionGroups: profile.zoneIds.map((g) => ({ id: g })), resources: zoneResources },
    ],
  });
  new TerraformOutput(stack, `${id}-access-key-id`, {
    value: Fn.sensitive(token.id),
    sensitive: true,
    description: 'R2 S3 Access Key ID (the token id)',
  }).overrideLogicalId(`${id}_access_key_id`);
  new TerraformOutput(stack, `${id}-secret-access-key`, {
    value: Fn.sensitive(new TerraformLocal(stack, `${id}-secret-access-key-hash`, Fn.sha256(token.value)).asString),
    sensitive: true,
    description: 'R2 S3 Secret Access Key (SHA-256 of the token value)',
  }).overrideLogicalId(`${id}_secret_access_key`);
}
mark('construct');
app.synth();
mark('synth');
note('count', count);
