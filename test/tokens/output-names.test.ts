import { Construct } from 'constructs';
import { AccountApiToken, R2Access, R2BucketToken, UserApiToken } from '../../src';
import { ACCOUNT_ID, synthError, synthJson } from '../support/synth';
import { applyAndReadOutputs } from '../support/terraform';

const policies = [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }];
const props = { accountId: ACCOUNT_ID, name: 't', policies };

describe('output names', () => {
  test('ids that sanitize to the same name are a synth error naming both constructs', () => {
    expect(synthError((stack) => {
      new AccountApiToken(stack, 'a.b', props);
      new AccountApiToken(stack, 'a_b', props);
    })).toBe(
      'AccountApiToken "test/a_b": its output "a_b_access_key_id" has the same name as the output of AccountApiToken "test/a.b": their ids ' +
        'differ only in characters Terraform does not allow in names, which become "_". Rename one of them, or set createOutputs: false on one.',
    );
    expect(synthError((stack) => {
      new UserApiToken(new Construct(stack, 'team a'), 'deploy', { name: 'u', policies: [{ ...policies[0], permissionGroups: ['Account Settings Read'], resources: { 'com.cloudflare.api.account.*': '*' } }] });
      new R2BucketToken(new Construct(stack, 'team+a'), 'deploy', { accountId: ACCOUNT_ID, bucketName: 'photos', access: R2Access.READ });
    })).toMatch(/^R2BucketToken "test\/team\+a\/deploy": its output "team_a_deploy_access_key_id" has the same name as the output of UserApiToken "test\/team a\/deploy"/);
  });

  test('one of two colliding tokens without outputs is fine', () => {
    const json = synthJson((stack) => {
      new AccountApiToken(stack, 'a.b', props);
      new AccountApiToken(stack, 'a_b', { ...props, createOutputs: false });
    });
    expect(Object.keys(json.output).sort()).toEqual(['a_b_access_key_id', 'a_b_secret_access_key']);
  });

  test('every output name is one Terraform accepts, ids starting with a digit or "-" included', () => {
    const json = synthJson((stack) => {
      new AccountApiToken(stack, '1password', props);
      new AccountApiToken(stack, '-dash', props);
      new R2BucketToken(stack, '2024 backups', { accountId: ACCOUNT_ID, bucketName: 'backups', access: R2Access.READ });
      new AccountApiToken(new Construct(stack, '9lives'), 'ünïcode.token', props);
    });
    const names = Object.keys(json.output).sort();
    expect(names).toEqual([
      '_-dash_access_key_id', '_-dash_secret_access_key',
      '_1password_access_key_id', '_1password_secret_access_key',
      '_2024_backups_access_key_id', '_2024_backups_endpoint', '_2024_backups_secret_access_key',
      '_9lives__n_code_token_access_key_id', '_9lives__n_code_token_secret_access_key',
    ]);
    // Terraform itself takes each name (a provider-less configuration with one output per name).
    const outputs = applyAndReadOutputs({ output: Object.fromEntries(names.map((name) => [name, { value: name }])) });
    expect(Object.keys(outputs).sort()).toEqual(names);
  });
});
