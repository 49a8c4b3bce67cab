/**
 * The examples app (examples/main.ts) through the real `cdktf deploy`: the seed's R2 example ending in a
 * pre-signed URL, no drift for any stack, the cross-stack consumer, and destroy.
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { presignGet, R2StackOutputs } from '../../../examples/presign';
import { expectSuccess } from '../support/cdktf-project';
import { E2E_ACCOUNT_ID, E2eEnvironment, s3Client, startEnvironment } from '../support/environment';

const STACKS = ['readonly-token', 'r2-presigned-urls', 'restricted-token', 'account-token', 'r2-bucket-preset', 'r2-consumer'];

describe('examples, deployed with cdktf against the local Cloudflare API', () => {
  let env: E2eEnvironment;
  let outputs: Record<string, Record<string, any>>;
  let deployOutput: string;

  beforeAll(async () => {
    env = await startEnvironment('examples/main.ts');
    const deploy = await env.project.deploy(['*']);
    expectSuccess(deploy.run, "cdktf deploy '*'");
    outputs = deploy.outputs;
    deployOutput = deploy.run.output;
  });
  afterAll(async () => env?.close());

  test("every example created its token, and the seed's R2 example its bucket", () => {
    const summary = env.fake.state.summary();
    expect(summary).toMatchObject({ accountTokens: 5, userTokens: 0, buckets: 2 });
    const names = env.fake.state.accountTokens(E2E_ACCOUNT_ID).map((t) => t.name).sort();
    expect(names).toEqual(['Account R2 Token', 'R2 Access Token', 'R2 read reports', 'Readonly Zone Token', 'Restricted Access Token']);
  });

  test('seed R2 example: upload with the new keys, then a plain GET of a pre-signed URL returns the bytes', async () => {
    const r2 = outputs['r2-presigned-urls'] as R2StackOutputs;
    const credentials = { accessKeyId: r2['r2-access-token_access_key_id'], secretAccessKey: r2['r2-access-token_secret_access_key'] };
    expect(credentials.secretAccessKey).toMatch(/^[0-9a-f]{64}$/);
    const body = `hello from cdktf ${Date.now()}`;
    await s3Client(env.fake, credentials).send(new PutObjectCommand({ Bucket: r2.bucket_name, Key: 'path/to/file.pdf', Body: body }));

    const url = await presignGet(r2, 'path/to/file.pdf', env.fake.s3Endpoint(E2E_ACCOUNT_ID));
    expect(url).toContain('X-Amz-Signature=');
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body);
  });

  test("the stored policy is the seed's: both R2 groups on exactly the bucket", () => {
    const token = env.fake.state.accountTokens(E2E_ACCOUNT_ID).find((t) => t.name === 'R2 Access Token')!;
    expect(token.policies).toHaveLength(1);
    expect(token.policies[0].permission_groups.map((g) => g.name).sort()).toEqual(['Workers R2 Storage Read', 'Workers R2 Storage Write']);
    expect(token.policies[0].resources).toEqual({ [`com.cloudflare.edge.r2.bucket.${E2E_ACCOUNT_ID}_default_my-bucket`]: '*' });
  });

  test('no drift: terraform plan -detailed-exitcode exits 0 for every stack right after apply', async () => {
    for (const stack of STACKS) {
      const plan = await env.project.terraform(stack, ['plan', '-detailed-exitcode', '-input=false', '-no-color', '-lock=false']);
      expect({ stack, code: plan.code, output: plan.code === 0 ? '' : plan.output.slice(-3000) }).toEqual({ stack, code: 0, output: '' });
    }
  });

  test("cross-stack: the consumer's credentials work, and its deploy output never shows them", async () => {
    const consumer = outputs['r2-consumer'];
    const producer = outputs['r2-presigned-urls'];
    expect(consumer.app_access_key_id).toBe(producer['r2-access-token_access_key_id']);
    expect(consumer.app_secret_access_key).toBe(producer['r2-access-token_secret_access_key']);

    const client = s3Client(env.fake, { accessKeyId: consumer.app_access_key_id, secretAccessKey: consumer.app_secret_access_key });
    const object = await client.send(new GetObjectCommand({ Bucket: producer.bucket_name, Key: 'path/to/file.pdf' }));
    expect(await object.Body!.transformToString()).toMatch(/^hello from cdktf/);

    const plan = await env.project.terraform('r2-consumer', ['plan', '-input=false', '-no-color', '-lock=false', '-refresh=true']);
    expect(plan.code).toBe(0);
    const tokenValue = await producerTokenValue(env);
    for (const text of [deployOutput, plan.output]) {
      expect(text).not.toContain(consumer.app_secret_access_key);
      expect(text).not.toContain(tokenValue);
    }
  });

  test('destroy leaves no token and no bucket behind', async () => {
    for (const stack of ['readonly-token', 'restricted-token', 'account-token', 'r2-bucket-preset']) {
      expectSuccess(await env.project.cdktf(['destroy', stack, '--auto-approve']), `cdktf destroy ${stack}`);
    }
    // The consumer depends on the producer: destroy it first, then empty and destroy the producer.
    expectSuccess(await env.project.cdktf(['destroy', 'r2-consumer', '--auto-approve']), 'cdktf destroy r2-consumer');
    env.fake.state.getBucket(E2E_ACCOUNT_ID, 'default', 'my-bucket')?.objects.clear();
    expectSuccess(await env.project.cdktf(['destroy', 'r2-presigned-urls', '--auto-approve']), 'cdktf destroy r2-presigned-urls');
    expect(env.fake.state.summary()).toMatchObject({ accountTokens: 0, userTokens: 0, buckets: 0 });
  });
});

/** The token value in the producer's state (Terraform keeps it there), to check that it never leaks. */
async function producerTokenValue(env: E2eEnvironment): Promise<string> {
  const show = await env.project.terraform('r2-presigned-urls', ['show', '-json', '-no-color']);
  expectSuccess(show, 'terraform show -json');
  const resources: any[] = JSON.parse(show.stdout).values.root_module.resources;
  const value = resources.find((r) => r.type === 'cloudflare_account_token').values.value as string;
  expect(value.length).toBeGreaterThanOrEqual(40);
  return value;
}
