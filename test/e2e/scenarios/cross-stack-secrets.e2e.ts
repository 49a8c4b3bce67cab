/**
 * Two stacks through the real `cdktf deploy`: the consumer uses one token's S3 credentials from the
 * producer. Its state, its plan and the deploy output must never hold a raw token value, and the secret
 * it received must still work against the local R2 endpoint.
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { expectSuccess } from '../support/cdktf-project';
import { credentialsOf, E2eEnvironment, startEnvironment } from '../support/environment';
import { tokenValuesIn } from '../support/token-state';

describe('secrets across stacks, applied', () => {
  let env: E2eEnvironment;
  let outputs: Record<string, Record<string, any>>;
  let deployOutput: string;
  let rawValues: string[];

  beforeAll(async () => {
    env = await startEnvironment('test/e2e/apps/cross-stack-secrets.ts');
    const deploy = await env.project.deploy(['secrets-producer', 'secrets-consumer']);
    expectSuccess(deploy.run, 'cdktf deploy secrets-producer secrets-consumer');
    outputs = deploy.outputs;
    deployOutput = deploy.run.output;
    rawValues = await tokenValuesIn(env, 'secrets-producer');
  });
  afterAll(async () => env?.close());

  test('the producer holds two token values', () => {
    expect(rawValues).toHaveLength(2);
  });

  test("the consumer's state holds the secret it uses, and no raw token value", async () => {
    const pull = await env.project.terraform('secrets-consumer', ['state', 'pull']);
    expectSuccess(pull, 'terraform state pull (secrets-consumer)');
    const state = pull.stdout;
    expect(state).toContain(outputs['secrets-consumer'].app_secret_access_key);
    for (const value of rawValues) expect(state).not.toContain(value);
    const stateOutputs = JSON.parse(state).outputs;
    expect(stateOutputs.app_access_key_id.sensitive).toBe(true);
    expect(stateOutputs.app_secret_access_key.sensitive).toBe(true);
  });

  test("the consumer's plan and the deploy output show no raw value and no secret", async () => {
    const plan = await env.project.terraform('secrets-consumer', ['plan', '-input=false', '-no-color', '-lock=false']);
    expect(plan.code).toBe(0);
    for (const text of [deployOutput, plan.output]) {
      for (const value of rawValues) expect(text).not.toContain(value);
      expect(text).not.toContain(outputs['secrets-consumer'].app_secret_access_key);
    }
  });

  test("the consumer's credentials are the producer's, and they work", async () => {
    const consumer = outputs['secrets-consumer'];
    const producer = credentialsOf(outputs['secrets-producer'], 'shared');
    expect(consumer.app_access_key_id).toBe(producer.accessKeyId);
    expect(consumer.app_secret_access_key).toBe(producer.secretAccessKey);
    expect(consumer.app_secret_access_key).toMatch(/^[0-9a-f]{64}$/);
    const client = env.s3({ accessKeyId: consumer.app_access_key_id, secretAccessKey: consumer.app_secret_access_key });
    await client.send(new PutObjectCommand({ Bucket: 'shared-bucket', Key: 'x', Body: 'from the consumer' }));
    const object = await client.send(new GetObjectCommand({ Bucket: 'shared-bucket', Key: 'x' }));
    expect(await object.Body!.transformToString()).toBe('from the consumer');
  });
});
