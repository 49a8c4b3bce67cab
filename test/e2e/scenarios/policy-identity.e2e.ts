/**
 * Grants on two buckets with one construct id in two stacks stay two grants, and a policy on a zone and a
 * bucket becomes one policy per form: the local API accepts the token, and it reaches exactly what was granted.
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { expectSuccess } from '../support/cdktf-project';
import { credentialsOf, E2E_ACCOUNT_ID, E2eEnvironment, startEnvironment } from '../support/environment';
import { refusal } from '../support/s3-refusal';

describe('policy identity and forms', () => {
  let env: E2eEnvironment;
  let outputs: Record<string, any>;
  const s3 = () => env.s3(credentialsOf(outputs, 'deploy'));
  const put = (bucket: string) => s3().send(new PutObjectCommand({ Bucket: bucket, Key: 'object', Body: `written to ${bucket}` }));
  const get = async (bucket: string) => (await s3().send(new GetObjectCommand({ Bucket: bucket, Key: 'object' }))).Body!.transformToString();

  beforeAll(async () => {
    env = await startEnvironment('test/e2e/apps/policy-identity.ts');
    const deploy = await env.project.deploy(['identity-alpha', 'identity-beta', 'identity-tokens']);
    expectSuccess(deploy.run, 'cdktf deploy identity-*');
    outputs = deploy.outputs['identity-tokens'];
    for (const bucket of ['alpha', 'beta', 'gamma']) env.fake.state.putObject(E2E_ACCOUNT_ID, 'default', bucket, 'object', `stored in ${bucket}`);
  });
  afterAll(async () => env?.close());

  test('the local API holds one token whose policies each use one form: a grant per bucket, the zone and the bucket apart', () => {
    const [token, ...others] = env.fake.state.accountTokens(E2E_ACCOUNT_ID);
    expect(others).toHaveLength(0);
    const forms = token.policies.map((policy) => Object.values(policy.resources).map((value) => typeof value));
    for (const form of forms) expect(new Set(form).size).toBe(1);
    expect(token.policies).toHaveLength(4);
  });

  test('it reads alpha, writes beta and reads gamma, as granted', async () => {
    expect(await get('alpha')).toBe('stored in alpha');
    await put('beta');
    expect(await get('gamma')).toBe('stored in gamma');
  });

  test('it may not write alpha or gamma', async () => {
    expect(await refusal(put('alpha'))).toEqual({ status: 403, code: 'AccessDenied' });
    expect(await refusal(put('gamma'))).toEqual({ status: 403, code: 'AccessDenied' });
  });
});
