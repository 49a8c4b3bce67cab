import { createHash } from 'crypto';
import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { s3CredentialsOf, sensitiveString } from '../../../src/tokens/private/s3-credentials';
import { applyAndReadOutputs } from '../../support/terraform';

/** A stack with variables standing in for a token's id and value, and outputs of its S3 credentials. */
function credentialsStack() {
  const stack = new TerraformStack(Testing.app(), 'test');
  const id = new TerraformVariable(stack, 'token_id', { type: 'string', default: 'f0e1d2c3b4a5' });
  const value = new TerraformVariable(stack, 'token_value', { type: 'string', default: 'the-token-value', sensitive: true });
  const credentials = s3CredentialsOf(new Construct(stack, 'token'), id.stringValue, value.stringValue, 'the token has no value');
  new TerraformOutput(stack, 'access_key_id', { value: credentials.accessKeyId, sensitive: true });
  new TerraformOutput(stack, 'secret_access_key', { value: credentials.secretAccessKey, sensitive: true });
  return JSON.parse(Testing.synth(stack));
}

describe('s3CredentialsOf', () => {
  test('the access key id is the token id and the secret is the sha256 of the value, hashed in a local, both sensitive', () => {
    const json = credentialsStack();
    const [local] = Object.keys(json.locals);
    expect(local).toMatch(/^token_SecretAccessKey_/);
    expect(json.locals).toEqual({ [local]: '${(length(compact([var.token_value])) == 1) ? sha256(var.token_value) : ""}' });
    expect(json.output).toEqual({
      access_key_id: { value: '${sensitive(var.token_id)}', sensitive: true },
      secret_access_key: {
        value: `\${sensitive((length(compact([local.${local}])) == 1) ? local.${local} : tobool("the token has no value"))}`,
        sensitive: true,
      },
    });
  });

  test('Terraform computes the R2 credentials Cloudflare documents', () => {
    const json = credentialsStack();
    expect(applyAndReadOutputs({ variable: json.variable, locals: json.locals, output: json.output })).toEqual({
      access_key_id: 'f0e1d2c3b4a5',
      secret_access_key: createHash('sha256').update('the-token-value').digest('hex'),
    });
  });
});

test('sensitiveString wraps an expression in sensitive()', () => {
  const stack = new TerraformStack(Testing.app(), 'test');
  const expression = new TerraformVariable(stack, 'v', { type: 'string' }).stringValue;
  new TerraformOutput(stack, 'o', { value: sensitiveString(expression), sensitive: true });
  expect(JSON.parse(Testing.synth(stack)).output).toEqual({ o: { value: '${sensitive(var.v)}', sensitive: true } });
});
