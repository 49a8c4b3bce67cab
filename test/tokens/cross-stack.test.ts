import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { AccountApiToken } from '../../src';
import { ACCOUNT_ID } from '../support/synth';
import { terraformBinary } from '../support/terraform';

/** Synthesizes a producer with two tokens and three consumers; returns every stack's JSON by name. */
function synthApp(outdir: string, buildExtra?: (app: App, shared: AccountApiToken) => void): Record<string, any> {
  const app = new App({ outdir });
  const producer = new TerraformStack(app, 'producer');
  new CloudflareProvider(producer, 'cloudflare', {});
  const policies = [{ effect: 'allow', permissionGroups: ['Workers R2 Storage Read'], resources: { 'com.cloudflare.api.account': '*' } }];
  const shared = new AccountApiToken(producer, 'shared', { accountId: ACCOUNT_ID, name: 'shared', policies });
  const other = new AccountApiToken(producer, 'other', { accountId: ACCOUNT_ID, name: 'other', policies });
  const s3User = new TerraformStack(app, 's3-user');
  new TerraformOutput(s3User, 'key_id', { value: shared.accessKeyId, sensitive: true });
  new TerraformOutput(s3User, 'secret', { value: shared.secretAccessKey, sensitive: true });
  const valueUser = new TerraformStack(app, 'value-user');
  new TerraformOutput(valueUser, 'value', { value: other.value, sensitive: true });
  buildExtra?.(app, shared);
  app.synth();
  const read = (stack: string) => JSON.parse(readFileSync(join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
  return Object.fromEntries(app.node.children.filter((c) => c instanceof TerraformStack).map((s) => [s.node.id, read(s.node.id)]));
}

const crossStackOutputs = (producer: any) => Object.entries<any>(producer.output).filter(([name]) => name.startsWith('cross-stack-output-'));

describe('S3 credentials across stacks', () => {
  let outdir: string;
  let stacks: Record<string, any>;

  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'cdktf-cf-tokens-xstack-'));
    stacks = synthApp(outdir);
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  test('the producer hashes the token value itself and shares only the hash, the id, and the value a consumer asked for', () => {
    const producer = stacks.producer;
    const tokens = producer.resource.cloudflare_account_token;
    const [shared, other] = ['shared', 'other'].map((id) => Object.keys(tokens).find((name) => name.startsWith(`${id}_`))!);
    const hashOfShared = Object.keys(producer.locals).find((name) => producer.locals[name].includes(` ? sha256(cloudflare_account_token.${shared}.value) : ""`));
    expect(hashOfShared).toBeDefined();

    const shared_ = crossStackOutputs(producer).map(([, output]) => output);
    expect(shared_.map((o) => o.value).sort()).toEqual(
      [`\${cloudflare_account_token.${other}.value}`, `\${cloudflare_account_token.${shared}.id}`, `\${local.${hashOfShared}}`].sort(),
    );
    for (const output of shared_) expect(output).toMatchObject({ sensitive: true });
  });

  test('a consumer of the S3 credentials references only the hash and the id, each inside sensitive()', () => {
    const consumer = stacks['s3-user'];
    const text = JSON.stringify(consumer);
    expect(text).not.toMatch(/value\)|\.value\b|sha256/);
    // The guard around the hash (value-guard.ts) refers to it twice; nothing else is read from the producer.
    expect(consumer.output.secret.value).toMatch(/^\$\{sensitive\(.* : tobool\(.*\)\)\}$/);
    const references = consumer.output.secret.value.match(/data\.terraform_remote_state\.[^.]+\.outputs\.[A-Za-z0-9_-]+/g);
    expect(new Set(references).size).toBe(1);
    expect(references[0]).toMatch(/\.outputs\.cross-stack-output-local/);
    expect(consumer.output.key_id.value).toMatch(/^\$\{sensitive\(data\.terraform_remote_state\.[^.]+\.outputs\.cross-stack-output-cloudflare_account_token[^)]+id\)\}$/);
  });

  test('token.value used in another stack is wrapped in sensitive() there', () => {
    expect(stacks['value-user'].output.value.value).toMatch(/^\$\{sensitive\(data\.terraform_remote_state\.[^.]+\.outputs\.[^)]+value\)\}$/);
  });

  test('terraform validate accepts every consumer', () => {
    for (const stack of ['s3-user', 'value-user']) {
      expect(validate(join(outdir, 'stacks', stack))).toMatchObject({ valid: true, error_count: 0 });
    }
  });
});

describe('derived values stay sensitive in a consuming stack', () => {
  // Terraform refuses a non-sensitive output of a sensitive value: a consumer that tries is invalid.
  const cases: [string, (token: AccountApiToken) => string][] = [
    ['value', (token) => token.value],
    ['secretAccessKey', (token) => token.secretAccessKey],
    ['accessKeyId', (token) => token.accessKeyId],
  ];
  test.each(cases)('a non-sensitive output of %s is refused by terraform validate', (_, attribute) => {
    const outdir = mkdtempSync(join(tmpdir(), 'cdktf-cf-tokens-xstack-'));
    try {
      synthApp(outdir, (app, shared) => {
        new TerraformOutput(new TerraformStack(app, 'careless'), 'leak', { value: attribute(shared) });
      });
      const result = validate(join(outdir, 'stacks', 'careless'));
      expect(result.valid).toBe(false);
      expect(JSON.stringify(result.diagnostics)).toMatch(/Output refers to sensitive values/);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});

function validate(dir: string): any {
  const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
  const run = (args: string[]) => {
    try {
      return execFileSync(terraformBinary(), args, { cwd: dir, env, timeout: 120_000, encoding: 'utf8' });
    } catch (e) {
      return (e as { stdout: string }).stdout;
    }
  };
  run(['init', '-backend=false', '-input=false', '-no-color']);
  return JSON.parse(run(['validate', '-json', '-no-color']));
}
