/**
 * Migration from cdktf to CDK Terrain without a new token: the examples app deployed with the cdktf flavour
 * through `cdktf deploy`, then the same app (imports rewritten: the cdktn flavour's copy in
 * flavours/cdktn/pkg/) in the same project directory and state, synthesized by cdktn-cli 0.24.0 on Node.js 22.
 * Every stack's plan is empty, no token was replaced, and the S3 credentials handed out before still work.
 * The stacks are destroyed with cdktn-cli. Same local API and clock as examples.e2e.ts.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join, resolve } from 'path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { expectSuccess } from '../support/cdktf-project';
import { credentialsOf, E2E_ACCOUNT_ID, E2eEnvironment, startEnvironment } from '../support/environment';
import { BUCKET_STACK, EXAMPLE_STACKS, STACKS_BEFORE_BUCKET } from '../support/example-app';

const REPO = resolve(__dirname, '../../..');
const IN_RESTRICTED_WINDOW = new Date('2026-06-15T12:00:00Z');

/** The account's tokens by id: a replaced token would show a new id. */
function tokenIds(env: E2eEnvironment): Array<{ id: string; name: string }> {
  return env.fake.state.accountTokens(E2E_ACCOUNT_ID).map((t) => ({ id: t.id, name: t.name })).sort((a, b) => a.id.localeCompare(b.id));
}

describe('an app moved from cdktf to cdktn keeps its tokens', () => {
  let env: E2eEnvironment;
  let outputs: Record<string, Record<string, any>>;
  let tokensBefore: Array<{ id: string; name: string }>;
  const body = `written with cdktf ${Date.now()}`;

  beforeAll(async () => {
    // The cdktn flavour's copy of the app and the library, and cdktn-cli with its Node.js 22.
    execFileSync('bash', [join(REPO, 'scripts', 'flavour', 'cdktn.sh'), 'generate'], { cwd: REPO, stdio: 'inherit' });
    env = await startEnvironment('examples/main.ts', { asOf: IN_RESTRICTED_WINDOW });
    const deploy = await env.project.deploy(['*']);
    expectSuccess(deploy.run, "cdktf deploy '*'");
    outputs = deploy.outputs;
    tokensBefore = tokenIds(env);
    const r2 = outputs['r2-presigned-urls'];
    await env.s3(credentialsOf(r2, 'r2-access-token')).send(new PutObjectCommand({ Bucket: r2.bucket_name, Key: 'kept.txt', Body: body }));
    env.project.switchToCdktn();
  });
  afterAll(async () => env?.close());

  test('cdktn-cli 0.24.0 on Node.js 22 synthesizes the moved app', async () => {
    const version = await env.project.cdktf(['--version']);
    expectSuccess(version, 'cdktn --version');
    expect(version.stdout.trim()).toMatch(/^0\.24\.0/);
    expectSuccess(await env.project.cdktf(['synth']), 'cdktn synth');
    // The framework that wrote the stacks records its version: cdktn's 0.24.0, not cdktf's 0.21.0.
    for (const stack of EXAMPLE_STACKS) {
      const synthesized = JSON.parse(readFileSync(join(env.project.stackDir(stack), 'cdk.tf.json'), 'utf8'));
      expect({ stack, version: synthesized['//'].metadata.version }).toEqual({ stack, version: '0.24.0' });
    }
  });

  test('the plan of every stack is empty', async () => {
    for (const stack of EXAMPLE_STACKS) {
      const plan = await env.project.terraform(stack, ['plan', '-detailed-exitcode', '-input=false', '-no-color', '-lock=false']);
      expect({ stack, code: plan.code, output: plan.code === 0 ? '' : plan.output.slice(-3000) }).toEqual({ stack, code: 0, output: '' });
    }
  });

  test('cdktn deploy replaces no token, and the credentials handed out under cdktf still work', async () => {
    const deploy = await env.project.deploy(['*']);
    expectSuccess(deploy.run, "cdktn deploy '*'");
    expect(tokenIds(env)).toEqual(tokensBefore);
    expect(deploy.outputs['r2-presigned-urls']['r2-access-token']).toEqual(outputs['r2-presigned-urls']['r2-access-token']);

    const r2 = outputs['r2-presigned-urls'];
    const object = await env.s3(credentialsOf(r2, 'r2-access-token')).send(new GetObjectCommand({ Bucket: r2.bucket_name, Key: 'kept.txt' }));
    expect(await object.Body!.transformToString()).toBe(body);
  });

  test('cdktn destroy leaves no token and no bucket behind', async () => {
    for (const stack of STACKS_BEFORE_BUCKET) {
      expectSuccess(await env.project.destroy([stack]), `cdktn destroy ${stack}`);
    }
    env.fake.state.getBucket(E2E_ACCOUNT_ID, 'default', 'my-bucket')?.objects.clear();
    expectSuccess(await env.project.destroy([BUCKET_STACK], ['--ignore-missing-stack-dependencies']), 'cdktn destroy r2-presigned-urls');
    expect(env.fake.state.summary()).toMatchObject({ accountTokens: 0, userTokens: 0, buckets: 0 });
  });
});
