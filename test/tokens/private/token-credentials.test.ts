import { TerraformResource, TerraformStack, Testing } from 'cdktf';
import { planRotation } from '../../../src/rotation/private/rotation-plan';
import { TokenResources } from '../../../src/rotation/private/token-resources';
import { tokenCredentials } from '../../../src/tokens/private/token-credentials';
import { expressionOf } from '../../support/synth';

const times = { label: 'test/token', notBeforeName: 'notBefore' };

function credentialsOf(rotation: object | undefined, createOutputs = true) {
  const stack = new TerraformStack(Testing.app(), 'test');
  const resources = TokenResources.create(stack, planRotation(rotation as any, times), times, (id) =>
    new TerraformResource(stack, id, { terraformResourceType: 'cloudflare_account_token' }));
  const credentials = tokenCredentials(stack, resources, { missingValue: 'no value', createOutputs });
  return { stack, credentials, json: JSON.parse(Testing.synth(stack)) };
}

describe('tokenCredentials', () => {
  test('one token: its credentials, sensitive, and their two sensitive outputs; nothing previous', () => {
    const { stack, credentials, json } = credentialsOf(undefined);
    expect(expressionOf(stack, credentials.current.accessKeyId)).toBe('${sensitive(cloudflare_account_token.Resource.id)}');
    expect(expressionOf(stack, credentials.current.secretAccessKey)).toMatch(/^\$\{sensitive\(.*local\.SecretAccessKey.*\)\}$/);
    expect(credentials.previous).toBeUndefined();
    expect(credentials.nextRotationOutput).toBeUndefined();
    expect(Object.keys(json.output).sort()).toEqual(['_access_key_id', '_secret_access_key']);
    expect(Object.values(json.output).every((o: any) => o.sensitive === true)).toBe(true);
  });

  test('a scheduled pair: previous credentials from their own local, their outputs, and the next rotation\'s output (not sensitive)', () => {
    const { stack, credentials, json } = credentialsOf({ every: '1d', overlap: '1h' });
    expect(expressionOf(stack, credentials.previous!.secretAccessKey)).toMatch(/local\.PreviousSecretAccessKey/);
    expect(expressionOf(stack, credentials.previousTokenId!)).toMatch(/cloudflare_account_token\.ResourceB\.id : cloudflare_account_token\.Resource\.id/);
    expect(Object.keys(json.output).sort()).toEqual([
      '_access_key_id', '_next_rotation', '_previous_access_key_id', '_previous_secret_access_key', '_secret_access_key',
    ]);
    expect(json.output._next_rotation.sensitive).toBeUndefined();
  });

  test('outputs turned off: credentials, no outputs', () => {
    const { credentials, json } = credentialsOf({ every: '1d', overlap: '1h' }, false);
    expect(credentials.previous).toBeDefined();
    expect([credentials.currentOutputs, credentials.previousOutputs, credentials.nextRotationOutput]).toEqual([undefined, undefined, undefined]);
    expect(json.output).toBeUndefined();
  });
});
