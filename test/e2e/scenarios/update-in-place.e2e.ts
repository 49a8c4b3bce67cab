/** Renaming a token and adding a permission group updates it in place: same id, same S3 secret. */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { expectSuccess } from '../support/cdktf-project';
import { credentialsOf, E2E_ACCOUNT_ID, E2eEnvironment, startEnvironment } from '../support/environment';

describe('update in place', () => {
  let env: E2eEnvironment;
  beforeAll(async () => {
    env = await startEnvironment('test/e2e/apps/update-in-place.ts');
  });
  afterAll(async () => env?.close());

  test('rename + one more permission group keeps the token id and the secret; the API shows the new policy', async () => {
    const first = await env.project.deploy(['update-in-place'], { E2E_TOKEN_NAME: 'before' });
    expectSuccess(first.run, 'first deploy');
    const before = first.outputs['update-in-place'];
    const credentials = credentialsOf(before, 'token');

    const second = await env.project.deploy(['update-in-place'], { E2E_TOKEN_NAME: 'after', E2E_EXTRA_GROUP: 'Workers R2 Storage Bucket Item Write' });
    expectSuccess(second.run, 'second deploy');
    expect(second.run.output).toMatch(/1 changed, 0 destroyed|0 added, 1 changed, 0 destroyed/);
    const after = second.outputs['update-in-place'];

    expect(after.token_id).toBe(before.token_id);
    expect(credentialsOf(after, 'token')).toEqual(credentials);

    const tokens = env.fake.state.accountTokens(E2E_ACCOUNT_ID);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ id: before.token_id, name: 'after' });
    expect(tokens[0].policies[0].permission_groups.map((g) => g.name).sort()).toEqual([
      'Workers R2 Storage Bucket Item Read',
      'Workers R2 Storage Bucket Item Write',
    ]);

    // The unchanged secret now carries the new write permission.
    await env.s3(credentials).send(new PutObjectCommand({ Bucket: after.bucket_name, Key: 'k', Body: 'v' }));

    const plan = await env.project.terraform('update-in-place', ['plan', '-detailed-exitcode', '-input=false', '-no-color', '-lock=false']);
    expect(plan.code).toBe(0);
  });
});
