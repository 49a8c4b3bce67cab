/** A token built from grants of two constructs can do what they granted, at the local R2 endpoint, and no more. */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { expectSuccess } from '../support/cdktf-project';
import { credentialsOf, E2E_ACCOUNT_ID, E2eEnvironment, startEnvironment } from '../support/environment';
import { refusal } from '../support/s3-refusal';

describe('composable grants', () => {
  let env: E2eEnvironment;
  let outputs: Record<string, any>;
  const s3 = () => env.s3(credentialsOf(outputs, 'deploy'));
  const put = (bucket: string) => s3().send(new PutObjectCommand({ Bucket: bucket, Key: 'object', Body: `written to ${bucket}` }));
  const get = async (bucket: string) => (await s3().send(new GetObjectCommand({ Bucket: bucket, Key: 'object' }))).Body!.transformToString();

  beforeAll(async () => {
    env = await startEnvironment('test/e2e/apps/grants.ts');
    const deploy = await env.project.deploy(['grants']);
    expectSuccess(deploy.run, 'cdktf deploy grants');
    outputs = deploy.outputs.grants;
    for (const bucket of ['reports', 'uploads', 'other']) env.fake.state.putObject(E2E_ACCOUNT_ID, 'default', bucket, 'object', `stored ${bucket}`);
  });
  afterAll(async () => env?.close());

  test('one token holds the constructor policy and both grants: three policies', () => {
    const tokens = env.fake.state.accountTokens(E2E_ACCOUNT_ID);
    expect(tokens).toHaveLength(1);
    expect(tokens[0].policies).toHaveLength(3);
  });

  test('it works at the S3 endpoint for both buckets', async () => {
    expect(await get('reports')).toBe('stored reports');
    await put('uploads');
    expect(await get('uploads')).toBe('written to uploads');
  });

  test('it is refused for a third bucket', async () => {
    expect(await refusal(get('other'))).toEqual({ status: 403, code: 'AccessDenied' });
    expect(await refusal(put('other'))).toEqual({ status: 403, code: 'AccessDenied' });
  });

  test('it is refused for a write where only read was granted', async () => {
    expect(await refusal(put('reports'))).toEqual({ status: 403, code: 'AccessDenied' });
    expect(await get('reports')).toBe('stored reports');
  });
});
