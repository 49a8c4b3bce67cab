import { AccountApiToken, AccountApiTokenProps } from '../src';
import { BAD_INPUT_CASES, buildBadInput } from './support/bad-input-cases';
import { useEnv, withEnv } from './support/env';
import { ACCOUNT_ID, synthError } from './support/synth';

const ZONES = { 'com.cloudflare.api.account.zone.*': '*' };
const valid: AccountApiTokenProps = { accountId: ACCOUNT_ID, name: 't', policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: ZONES }] };
const withPolicy = (policy: object): AccountApiTokenProps => ({ ...valid, policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: ZONES, ...policy } as any] });

describe('bad input is a synth-time error naming the value and the fix', () => {
  // The shared table (test/bad-input-cases.json): the Python tests run the same cases.
  useEnv({ CLOUDFLARE_ACCOUNT_ID: ACCOUNT_ID });
  test.each(BAD_INPUT_CASES.map((badInput) => [badInput.construct, badInput.id, badInput] as const))('%s: %s', (_, __, badInput) => {
    expect(synthError((scope) => buildBadInput(scope, badInput))).toMatch(new RegExp(badInput.message));
  });

  test('a __proto__ written in an object literal sets the prototype: refused as not a plain object', () => {
    const resources = { ...ZONES, __proto__: { 'com.cloudflare.api.account.zone.*': '*' } } as any;
    expect(synthError((scope) => new AccountApiToken(scope, 't', withPolicy({ resources })))).toMatch(
      /resources is not a plain object: a "__proto__" key in an object literal/,
    );
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
});
