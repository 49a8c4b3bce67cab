/**
 * A token without a value, through the real `cdktf deploy` and the real provider against the local API
 * (test/e2e/apps/value-guard.ts: a producer stack with one token, rotated by version, and a consumer of
 * its S3 credentials).
 *
 * 1. A token made directly through the API is adopted: the plan imports it and updates it in place; after
 *    the deploy it has the same id and the construct's name and policies; the producer warns that it has
 *    no credentials (its secret output is empty), and the consumer's deploy fails with the guard.
 * 2. Raising rotation.version replaces it: the new keys work against the S3 endpoint, in both stacks.
 * 3. A value edited out of the state: the deploy fails with the guard's message and changes nothing;
 *    raising rotation.version gives working keys again.
 * 4. A token Cloudflare revoked or expired: the provider drops it from the state and the next deploy
 *    creates a new one; the credentials follow it, and the consumer picks them up on its next apply.
 */
import { createHash } from 'crypto';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { PermissionGroups } from '../../../src';
import { wrapped } from '../../support/value-guard-text';
import { DeployResult, expectSuccess } from '../support/cdktf-project';
import { credentialsOf, E2E_ACCOUNT_ID, E2E_API_TOKEN, E2eEnvironment, S3Credentials, startEnvironment } from '../support/environment';
import { refusal } from '../support/s3-refusal';

const PRODUCER = 'guard-producer';
const CONSUMER = 'guard-consumer';
const BUCKET = 'guarded';
const GUARD = wrapped("AccountApiToken 'guard-producer/held' has no token value in the Terraform state, so it has no S3 credentials");
const ADOPTED = wrapped("AccountApiToken 'guard-producer/held' adopts an existing token (adoptTokenId), and Cloudflare returns a token value only when it creates the token, so it has no S3 credentials until its first rotation");
const SHA256_OF_NOTHING = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('a token without a value', () => {
  let env: E2eEnvironment;
  let handMade: { id: string; value: string };
  let current: { tokenId: string; credentials: S3Credentials };

  beforeAll(async () => {
    env = await startEnvironment('test/e2e/apps/value-guard.ts');
  });
  afterAll(async () => env?.close());

  const deploy = (stacks: string[], vars: Record<string, string>) => env.project.deploy(stacks, vars);
  const tokens = () => env.fake.state.accountTokens(E2E_ACCOUNT_ID);
  const stateOf = async (stack: string) => {
    const pull = await env.project.terraform(stack, ['state', 'pull']);
    expectSuccess(pull, `terraform state pull (${stack})`);
    return JSON.parse(pull.stdout);
  };

  /** Writes and reads one object with `credentials`. */
  async function expectWorking(credentials: S3Credentials, key: string) {
    const client = env.s3(credentials);
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: key }));
    const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(await object.Body!.transformToString()).toBe(key);
  }

  /** The producer and consumer deploy; both succeed and agree on the credentials, which work. */
  async function expectDeployedAndWorking(vars: Record<string, string>, key: string): Promise<DeployResult> {
    const result = await deploy([PRODUCER, CONSUMER], vars);
    expectSuccess(result.run, `cdktf deploy ${JSON.stringify(vars)}`);
    const producer = credentialsOf(result.outputs[PRODUCER], 'held');
    expect(result.outputs[CONSUMER]).toEqual({ key_id: producer.accessKeyId, secret: producer.secretAccessKey });
    expect(producer.secretAccessKey).toMatch(/^[0-9a-f]{64}$/);
    expect(producer.secretAccessKey).not.toBe(SHA256_OF_NOTHING);
    await expectWorking(producer, key);
    current = { tokenId: result.outputs[PRODUCER].token_id, credentials: producer };
    return result;
  }

  test('1. an adopted token keeps its id, takes the construct name and policies, and its credentials are refused', async () => {
    const created = await fetch(`${env.fake.baseUrl}/accounts/${E2E_ACCOUNT_ID}/tokens`, {
      method: 'POST',
      headers: { 'Authorization': `Bearer ${E2E_API_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'made by hand in the dashboard',
        policies: [{ effect: 'allow', permission_groups: [{ id: PermissionGroups.WORKERS_R2_STORAGE_READ }], resources: { [`com.cloudflare.api.account.${E2E_ACCOUNT_ID}`]: '*' } }],
      }),
    });
    expect(created.status).toBe(200);
    handMade = ((await created.json()) as any).result;
    const adopt = { E2E_ADOPT_TOKEN_ID: handMade.id, E2E_ROTATION_VERSION: '1' };

    const plan = await env.project.cdktf(['diff', PRODUCER, '--skip-provider-lock'], adopt);
    expectSuccess(plan, 'cdktf diff (adoption)');
    expect(plan.output).toMatch(/# cloudflare_account_token\.held_[0-9A-F]{8} \(held\/Resource\) will be updated in-place/);
    expect(plan.output).toContain(`# (imported from "${E2E_ACCOUNT_ID}/${handMade.id}")`);
    expect(plan.output).toMatch(/Plan: 1 to import, \d+ to add, 1 to change, 0 to destroy/);
    expect(plan.output).not.toMatch(/must be replaced/);

    const producer = await deploy([PRODUCER], adopt);
    expectSuccess(producer.run, 'cdktf deploy (adoption)');
    expect(producer.run.output).toMatch(/Warning: Check block assertion failed/);
    expect(producer.run.output).toMatch(ADOPTED);
    expect(producer.outputs[PRODUCER].token_id).toBe(handMade.id);
    expect(producer.outputs[PRODUCER].held).toEqual({ access_key_id: handMade.id, secret_access_key: '' });
    expect(JSON.stringify(producer.outputs)).not.toContain(SHA256_OF_NOTHING);
    expect(tokens()).toHaveLength(1);
    expect(tokens()[0]).toMatchObject({ id: handMade.id, name: 'held by cdktf' });
    expect(tokens()[0].policies.map((p) => p.permission_groups.map((g) => g.name).sort())).toEqual([
      ['Workers R2 Storage Bucket Item Read', 'Workers R2 Storage Bucket Item Write'],
    ]);
    const state = await stateOf(PRODUCER);
    const resource = state.resources.find((r: any) => r.type === 'cloudflare_account_token');
    expect(resource.instances[0].attributes).toMatchObject({ id: handMade.id, value: null });

    const consumer = await deploy([PRODUCER, CONSUMER], adopt);
    expect(consumer.run.code).not.toBe(0);
    expect(consumer.run.output).toMatch(/Error: Invalid function argument\s+on cdk\.tf\.json line \d+, in output\.secret:/);
    expect(consumer.run.output).toMatch(ADOPTED);
    expect(consumer.run.output).not.toContain(SHA256_OF_NOTHING);
    // The hand-made token still works with the keys its users already hold.
    await expectWorking({ accessKeyId: handMade.id, secretAccessKey: createHash('sha256').update(handMade.value).digest('hex') }, 'adopted');
  });

  test('2. raising rotation.version replaces the adopted token: new keys that work, in both stacks', async () => {
    await expectDeployedAndWorking({ E2E_ADOPT_TOKEN_ID: handMade.id, E2E_ROTATION_VERSION: '2' }, 'after-adoption');
    expect(current.tokenId).not.toBe(handMade.id);
    expect(tokens().map((t) => t.id)).toEqual([current.tokenId]);
    const plan = await env.project.terraform(PRODUCER, ['plan', '-detailed-exitcode', '-input=false', '-no-color', '-lock=false']);
    expect(plan.code).toBe(0);
  });

  test('3. a value edited out of the state fails the deploy with the guard, changes nothing, and a version bump heals it', async () => {
    const state = await stateOf(PRODUCER);
    const resource = state.resources.find((r: any) => r.type === 'cloudflare_account_token');
    resource.instances[0].attributes.value = null;
    state.serial += 1;
    const edited = join(env.project.dir, 'edited.tfstate');
    writeFileSync(edited, JSON.stringify(state));
    expectSuccess(await env.project.terraform(PRODUCER, ['state', 'push', edited]), 'terraform state push');
    const tokensBefore = JSON.stringify(tokens());

    const failed = await deploy([PRODUCER], { E2E_ROTATION_VERSION: '2' });
    expect(failed.run.code).not.toBe(0);
    expect(failed.run.output).toMatch(GUARD);
    expect(failed.run.output).toMatch(/raise\s+rotation\.version/);
    expect(JSON.stringify(tokens())).toBe(tokensBefore);
    const after = (await stateOf(PRODUCER)).resources.find((r: any) => r.type === 'cloudflare_account_token').instances[0].attributes;
    expect(after).toMatchObject({ id: current.tokenId, value: null });
    // The token itself still works: only the state lost its value.
    await expectWorking(current.credentials, 'value-lost');

    const previous = current;
    await expectDeployedAndWorking({ E2E_ROTATION_VERSION: '3' }, 'after-lost-value');
    expect(current.tokenId).not.toBe(previous.tokenId);
    expect(await refusal(env.s3(previous.credentials).send(new GetObjectCommand({ Bucket: BUCKET, Key: 'value-lost' })))).toEqual({ status: 403, code: 'InvalidAccessKeyId' });
  });

  test.each([
    ['revoked (exposed)', (id: string) => ((env.fake.state.tokens.get(id) as any).status = 'revoked (exposed)')],
    ['expired', (id: string) => (env.fake.state.tokens.get(id)!.expires_on = new Date(env.now().getTime() - 60_000).toISOString())],
  ])('4. a token Cloudflare marked %s is created again at the next deploy, and the credentials follow it', async (_, mark) => {
    const previous = current;
    mark(previous.tokenId);
    await expectDeployedAndWorking({ E2E_ROTATION_VERSION: '3' }, `after-${previous.tokenId}`);
    expect(current.tokenId).not.toBe(previous.tokenId);
    // Terraform forgot the old token; Cloudflare still lists it, refused.
    expect(tokens().map((t) => t.id).sort()).toContain(previous.tokenId);
    expect((await refusal(env.s3(previous.credentials).send(new GetObjectCommand({ Bucket: BUCKET, Key: 'value-lost' })))).status).toBe(403);
  });
});
