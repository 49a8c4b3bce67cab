import { AccountApiToken, UserApiToken } from '../../src';
import { ACCOUNT_ID, onlyResource, synthError, synthJson } from '../support/synth';

// What Cloudflare documents (and the local API stand-in accepts, test/e2e/support/fake-cloudflare/README.md):
// a nested map only under one specific account, holding its zones (all or one) or all its R2 buckets.
const ACCOUNT_KEY = `com.cloudflare.api.account.${ACCOUNT_ID}`;
const ZONE_ID = '023e105f4ecef8ad9ca31a8372d0c353';
// A group of the resources' scope: bucket item groups for buckets, "Zone Read" for the rest.
const groupsFor = (resources: object) => (JSON.stringify(resources).includes('r2.bucket') ? ['Workers R2 Storage Bucket Item Read'] : ['Zone Read']);
const user = (resources: object) => (scope: any) =>
  new UserApiToken(scope, 'u', { name: 'u', policies: [{ effect: 'allow', permissionGroups: groupsFor(resources), resources: resources as any }] });

describe('nested resources are only what Cloudflare nests', () => {
  test.each([
    ['all zones of an account', { [ACCOUNT_KEY]: { 'com.cloudflare.api.account.zone.*': '*' } }],
    ['one zone of an account', { [ACCOUNT_KEY]: { [`com.cloudflare.api.account.zone.${ZONE_ID}`]: '*' } }],
    ['all R2 buckets of an account', { [ACCOUNT_KEY]: { 'com.cloudflare.edge.r2.bucket.*': '*' } }],
  ])('%s is accepted as written', (_, resources) => {
    const json = synthJson((stack) => user(resources)(stack));
    expect(JSON.parse(onlyResource(json, 'cloudflare_api_token').policies[0].resources)).toEqual(resources);
  });

  test.each([
    ['under all accounts', { 'com.cloudflare.api.account.*': { 'com.cloudflare.api.account.zone.*': '*' } }, /\["com\.cloudflare\.api\.account\.\*"\] holds a nested map, but only a specific account/],
    ['under a zone', { [`com.cloudflare.api.account.zone.${ZONE_ID}`]: { 'com.cloudflare.edge.r2.bucket.*': '*' } }, /holds a nested map, but only a specific account/],
    ['one bucket under an account', { [ACCOUNT_KEY]: { [`com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_default_b`]: '*' } }, /\["com\.cloudflare\.edge\.r2\.bucket\.0123456789abcdef0123456789abcdef_default_b"\] cannot be nested under an account.*Put this key at the top level\./],
    ['another account under an account', { [ACCOUNT_KEY]: { 'com.cloudflare.api.account.fedcba9876543210fedcba9876543210': '*' } }, /cannot be nested under an account/],
  ])('a nested map %s is refused', (_, resources, message) => {
    expect(synthError(user(resources))).toMatch(message);
  });

  test("an account-owned token's own zones nest under its account, and stay accepted", () => {
    const json = synthJson(
      (stack) => new AccountApiToken(stack, 't', { accountId: ACCOUNT_ID, name: 't', policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { [`com.cloudflare.api.account.zone.${ZONE_ID}`]: '*' } }] }),
    );
    expect(JSON.parse(onlyResource(json, 'cloudflare_account_token').policies[0].resources)).toEqual({ [ACCOUNT_KEY]: { [`com.cloudflare.api.account.zone.${ZONE_ID}`]: '*' } });
  });
});
