import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { AccountApiToken } from '../../src';
import { ACCOUNT_ID } from '../support/synth';
import { terraformBinary } from '../support/terraform';

describe('S3 credentials across stacks', () => {
  let outdir: string;
  let producer: any;
  let consumer: any;

  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'cdktf-cf-tokens-xstack-'));
    const app = new App({ outdir });
    const stackA = new TerraformStack(app, 'producer');
    new CloudflareProvider(stackA, 'cloudflare', {});
    const token = new AccountApiToken(stackA, 'shared', {
      accountId: ACCOUNT_ID,
      name: 'shared',
      policies: [{ permissionGroups: ['Workers R2 Storage Read'], resources: { 'com.cloudflare.api.account': '*' } }],
    });
    const stackB = new TerraformStack(app, 'consumer');
    new TerraformOutput(stackB, 'key_id', { value: token.accessKeyId, sensitive: true });
    new TerraformOutput(stackB, 'secret', { value: token.secretAccessKey, sensitive: true });
    app.synth();
    const read = (stack: string) => JSON.parse(readFileSync(join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
    producer = read('producer');
    consumer = read('consumer');
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  test('the producer shares the token id and value only through sensitive outputs', () => {
    const shared = Object.entries(producer.output).filter(([name]) => name.startsWith('cross-stack-output-'));
    expect(shared.length).toBeGreaterThan(0);
    for (const [, output] of shared) expect(output).toMatchObject({ sensitive: true });
  });

  test('the consumer recomputes the secret inside sensitive(), so it stays marked after remote state', () => {
    expect(consumer.data.terraform_remote_state).toBeDefined();
    expect(consumer.output.secret.value).toMatch(/^\$\{sensitive\(sha256\(data\.terraform_remote_state\.[^.]+\.outputs\.[^)]+\)\)\}$/);
    expect(consumer.output.key_id.value).toMatch(/^\$\{data\.terraform_remote_state\.[^.]+\.outputs\.[^}]+\}$/);
  });

  test('terraform validate accepts the consumer', () => {
    const dir = join(outdir, 'stacks', 'consumer');
    const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
    const run = (args: string[]) => execFileSync(terraformBinary(), args, { cwd: dir, env, timeout: 120_000, encoding: 'utf8' });
    run(['init', '-backend=false', '-input=false', '-no-color']);
    expect(JSON.parse(run(['validate', '-json', '-no-color']))).toMatchObject({ valid: true, error_count: 0 });
  });
});
