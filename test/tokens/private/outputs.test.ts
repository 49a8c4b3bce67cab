import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { namedOutput, outputBaseName, s3CredentialOutputs } from '../../../src/tokens/private/outputs';

const newStack = (id = 'test') => new TerraformStack(Testing.app(), id);

describe('outputBaseName', () => {
  test.each([
    ['token', 'token'],
    ['a.b', 'a_b'],
    ['ci token!', 'ci_token_'],
    ['1token', '_1token'],
    ['-token', '_-token'],
  ])('%s -> %s', (id, name) => {
    expect(outputBaseName(new Construct(newStack(), id))).toBe(name);
  });

  test('the path below the stack, with "/" as "_"', () => {
    expect(outputBaseName(new Construct(new Construct(newStack(), 'team'), 'deploy'))).toBe('team_deploy');
  });
});

describe('s3CredentialOutputs', () => {
  test('two sensitive outputs named after the construct path', () => {
    const stack = newStack();
    const outputs = s3CredentialOutputs(new Construct(new Construct(stack, 'team'), 'deploy'), { accessKeyId: 'the-id', secretAccessKey: 'the-secret' });
    expect(outputs.accessKeyIdOutput.friendlyUniqueId).toBe('team_deploy_access_key_id');
    expect(outputs.secretAccessKeyOutput.friendlyUniqueId).toBe('team_deploy_secret_access_key');
    expect(JSON.parse(Testing.synth(stack)).output).toEqual({
      team_deploy_access_key_id: { value: 'the-id', sensitive: true, description: 'R2 S3 Access Key ID (the token id)' },
      team_deploy_secret_access_key: { value: 'the-secret', sensitive: true, description: 'R2 S3 Secret Access Key (SHA-256 of the token value)' },
    });
  });
});

describe('namedOutput', () => {
  test('the Terraform name is the given one', () => {
    const stack = newStack();
    namedOutput(new Construct(stack, 'c'), 'out', 'my_name', { value: 'v' });
    expect(JSON.parse(Testing.synth(stack)).output).toEqual({ my_name: { value: 'v' } });
  });

  test('a name another construct took in the same stack is refused, naming both', () => {
    const stack = newStack();
    namedOutput(new Construct(stack, 'a.b'), 'out', 'a_b_out', { value: 'first' });
    expect(() => namedOutput(new Construct(stack, 'a_b'), 'out', 'a_b_out', { value: 'second' })).toThrow(
      new Error(
        'Construct "test/a_b": its output "a_b_out" has the same name as the output of Construct "test/a.b": their ids differ only in ' +
          'characters Terraform does not allow in names, which become "_". Rename one of them, or set createOutputs: false on one.',
      ),
    );
  });

  test('the same name in another stack is fine', () => {
    const app = Testing.app();
    for (const id of ['one', 'two']) {
      const stack = new TerraformStack(app, id);
      namedOutput(new Construct(stack, 'c'), 'out', 'shared', { value: id });
      expect(JSON.parse(Testing.synth(stack)).output).toEqual({ shared: { value: id } });
    }
  });
});
