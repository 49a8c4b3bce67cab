/**
 * Synth case, raw side: the same N tokens as synth-lib.ts (either variant) written by hand against the
 * provider bindings: `AccountToken` with the permission group ids, the resources JSON as the library renders it (compact,
 * sorted keys, zones nested under the own account, policies in the library's order), and two sensitive
 * TerraformOutputs per token with the library's names. The secret is written as the library writes it: a
 * local holding `sha256(value)` or `""` when the token has no value, and an output that refuses an empty
 * hash with the library's message. `app.synth()` to BENCH_OUTDIR.
 */
import { ACCOUNT_ID, bucketOf, countFromArgv, GRANTS, outdirFromEnv, PROFILES, synthVariant, tokenId, tokenName, zoneOf } from './fixture';
import { mark, note } from './report';

mark('start');
/* eslint-disable @typescript-eslint/no-require-imports */
const { App, Fn, Op, TerraformLocal, TerraformStack, TerraformOutput } = require('cdktf') as typeof import('cdktf');
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
/** `length(compact([value])) == 1`: neither null nor empty. */
const isPresent = (value: string) => Op.eq(Fn.lengthOf(Fn.compact([value])), 1);
/** The hash in a local (`""` without a value), refused with the library's message where it is empty. */
function guardedHash(id: string, value: string, address: string) {
  const hash = new TerraformLocal(stack, `${id}-secret-access-key-hash`, Fn.conditional(isPresent(value), Fn.sha256(value), '')).asString;
  return Fn.conditional(isPresent(hash), hash, Fn.tobool(missingValueMessage(id, address)));
}
function missingValueMessage(id: string, address: string): string {
  return (
    `AccountApiToken 'bench/${id}' has no token value in the Terraform state, so it has no S3 credentials: Cloudflare returns a token value only when it ` +
    'creates the token, so an adopted or imported token has none, and a provider can lose it. Rotate the token to get a new value: ' +
    `raise rotation.version, or (a token without rotation.version) replace it once with terraform apply -replace=${address} ` +
    "in its stack directory under cdktf.out/stacks. See 'Adopting an existing token' in docs/rotation.md."
  );
}
const grants = synthVariant() === 'grants';
const ids = (groups: string[]) => groups.map((g) => ({ id: g }));
for (let i = 0; i < count; i++) {
  const profile = PROFILES[i % PROFILES.length];
  const id = tokenId(i);
  const token = new AccountToken(stack, id, {
    accountId: ACCOUNT_ID,
    name: tokenName(i),
    policies: grants
      ? [
        { effect: 'allow', permissionGroups: ids(GRANTS.zoneIds), resources: JSON.stringify({ [account]: { [`com.cloudflare.api.account.zone.${zoneOf(i)}`]: '*' } }) },
        { effect: 'allow', permissionGroups: ids(GRANTS.bucketIds), resources: JSON.stringify({ [`com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_default_${bucketOf(i)}`]: '*' }) },
      ]
      : [
        { effect: 'allow', permissionGroups: ids(profile.accountIds), resources: accountResources },
        { effect: 'allow', permissionGroups: ids(profile.zoneIds), resources: zoneResources },
      ],
  });
  new TerraformOutput(stack, `${id}-access-key-id`, {
    value: Fn.sensitive(token.id),
    sensitive: true,
    description: 'R2 S3 Access Key ID (the token id)',
  }).overrideLogicalId(`${id}_access_key_id`);
  new TerraformOutput(stack, `${id}-secret-access-key`, {
    value: Fn.sensitive(guardedHash(id, token.value, `cloudflare_account_token.${token.friendlyUniqueId}`)),
    sensitive: true,
    description: 'R2 S3 Secret Access Key (SHA-256 of the token value)',
  }).overrideLogicalId(`${id}_secret_access_key`);
}
mark('construct');
app.synth();
mark('synth');
note('count', count);
