/** Each token can do what its policy says and nothing more, as enforced by the local R2 endpoint. */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { expectSuccess } from '../support/cdktf-project';
import { credentialsOf, E2E_ACCOUNT_ID, E2eEnvironment, startEnvironment } from '../support/environment';
import { refusal } from '../support/s3-refusal';

describe('least privilege', () => {
  let env: E2eEnvironment;
  let outputs: Record<string, any>;
  const as = (name: string) => env.s3(credentialsOf(outputs, name));
  const put = (name: string, bucket: string) => as(name).send(new PutObjectCommand({ Bucket: bucket, Key: 'object', Body: `by ${name}` }));
  const get = async (name: string, bucket: string) => (await as(name).send(new GetObjectCommand({ Bucket: bucket, Key: 'object' }))).Body!.transformToString();

  beforeAll(async () => {
    env = await startEnvironment('test/e2e/apps/least-privilege.ts');
    const deploy = await env.project.deploy(['least-privilege']);
    expectSuccess(deploy.run, 'cdktf deploy least-privilege');
    outputs = deploy.outputs['least-privilege'];
    for (const bucket of ['bucket-a', 'bucket-b']) env.fake.state.putObject(E2E_ACCOUNT_ID, 'default', bucket, 'object', `stored ${bucket}`);
  });
  afterAll(async () => env?.close());

  test('a read-only token reads but cannot PUT', async () => {
    expect(await get('reader-a', 'bucket-a')).toBe('stored bucket-a');
    expect(await refusal(put('reader-a', 'bucket-a'))).toEqual({ status: 403, code: 'AccessDenied' });
  });

  test('a token for bucket A cannot read bucket B', async () => {
    await put('writer-a', 'bucket-a');
    expect(await get('writer-a', 'bucket-a')).toBe('by writer-a');
    expect(await refusal(get('writer-a', 'bucket-b'))).toEqual({ status: 403, code: 'AccessDenied' });
    expect(await refusal(put('writer-a', 'bucket-b'))).toEqual({ status: 403, code: 'AccessDenied' });
  });

  test('a deny policy wins over an allow', async () => {
    await put('all-but-b', 'bucket-a');
    expect(await get('all-but-b', 'bucket-b')).toBe('stored bucket-b');
    expect(await refusal(put('all-but-b', 'bucket-b'))).toEqual({ status: 403, code: 'AccessDenied' });
  });

  test('expired and disabled tokens are refused', async () => {
    expect(await refusal(get('expired', 'bucket-a'))).toMatchObject({ status: 403 });
    expect(await refusal(get('disabled', 'bucket-a'))).toMatchObject({ status: 403 });
    expect(env.fake.state.accountTokens(E2E_ACCOUNT_ID).find((t) => t.name === 'R2 read bucket-a' && t.status === 'disabled')).toBeDefined();
  });

  test('a request-IP condition that excludes 127.0.0.1 is refused', async () => {
    expect(await refusal(get('not-from-localhost', 'bucket-a'))).toEqual({ status: 403, code: 'AccessDenied' });
  });
});
