import { TerraformVariable } from 'cdktf';
import { AccountApiToken, R2Access, R2BucketToken, UserApiToken } from '../../../src';
import { ACCOUNT_ID, synthError, synthJson } from '../../support/synth';

const TOKEN_ID = '4f2a8c1e9b7d40e6a3c5f1d2e8b9a7c6';
const POLICIES = [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }];

describe('adoptTokenId', () => {
  test('an account-owned token is imported with <account_id>/<token_id>, into its own resource', () => {
    const json = synthJson((stack) => new AccountApiToken(stack, 'legacy', { accountId: ACCOUNT_ID, name: 'legacy', policies: POLICIES, adoptTokenId: TOKEN_ID }));
    const [resource] = Object.keys(json.resource.cloudflare_account_token);
    expect(json.import).toEqual([{ id: `${ACCOUNT_ID}/${TOKEN_ID}`, to: `cloudflare_account_token.${resource}` }]);
  });

  test('a user-owned token is imported with its token id', () => {
    const json = synthJson((stack) => new UserApiToken(stack, 'mine', { name: 'mine', policies: POLICIES, adoptTokenId: TOKEN_ID }));
    const [resource] = Object.keys(json.resource.cloudflare_api_token);
    expect(json.import).toEqual([{ id: TOKEN_ID, to: `cloudflare_api_token.${resource}` }]);
  });

  test('an R2BucketToken adopts too', () => {
    const json = synthJson((stack) => new R2BucketToken(stack, 'reader', { accountId: ACCOUNT_ID, bucketName: 'assets', access: R2Access.READ, adoptTokenId: TOKEN_ID }));
    expect(json.import).toEqual([{ id: `${ACCOUNT_ID}/${TOKEN_ID}`, to: expect.stringMatching(/^cloudflare_account_token\.reader_/) }]);
  });

  test('with rotation.version or rotation.every, the one token is adopted, and rotated later', () => {
    for (const rotation of [{ version: '1' }, { every: '30d' }]) {
      const json = synthJson((stack) => new AccountApiToken(stack, 'legacy', { accountId: ACCOUNT_ID, name: 'legacy', policies: POLICIES, adoptTokenId: TOKEN_ID, rotation }));
      expect(Object.keys(json.resource.cloudflare_account_token)).toHaveLength(1);
      expect(json.import).toHaveLength(1);
    }
  });

  test('an id known only at plan time is not checked at synth, and reaches the import id', () => {
    const json = synthJson((stack) => {
      const id = new TerraformVariable(stack, 'token_id', { type: 'string' });
      new AccountApiToken(stack, 'legacy', { accountId: ACCOUNT_ID, name: 'legacy', policies: POLICIES, adoptTokenId: id.stringValue });
    });
    expect(json.import[0].id).toBe(`${ACCOUNT_ID}/\${var.token_id}`);
  });

  test('without adoptTokenId there is no import block and no check', () => {
    const json = synthJson((stack) => new AccountApiToken(stack, 't', { accountId: ACCOUNT_ID, name: 't', policies: POLICIES }));
    expect([json.import, json.check]).toEqual([undefined, undefined]);
  });

  test('an adopted token gets one check, named after its outputs, even without outputs', () => {
    const json = synthJson((stack) => new AccountApiToken(stack, 'legacy', { accountId: ACCOUNT_ID, name: 'legacy', policies: POLICIES, adoptTokenId: TOKEN_ID, createOutputs: false }));
    expect(Object.keys(json.check)).toEqual(['legacy_has_value']);
    expect(json.output).toBeUndefined();
  });

  test('an id shaped like a token value is refused without repeating it', () => {
    const secretLooking = 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7dEf0h';
    const message = synthError((scope) => new AccountApiToken(scope, 't', { accountId: ACCOUNT_ID, name: 't', policies: POLICIES, adoptTokenId: secretLooking }));
    expect(message).toMatch(/adoptTokenId looks like a token value \(a secret, not repeated here\), not a token id/);
    expect(message).not.toContain(secretLooking);
  });
});
