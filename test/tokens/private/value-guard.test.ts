import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { App, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { AccountApiToken, TokenOptions, UserApiToken } from '../../../src';
import { ACCOUNT_ID } from '../../support/synth';
import { TerraformWorkdir } from '../../support/terraform-workdir';
import { wrapped } from '../../support/value-guard-text';

const SHA256_OF_NOTHING = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const GUARD = wrapped("AccountApiToken 'producer/shared' has no token value in the Terraform state, so it has no S3 credentials");
const FIX = wrapped('raise rotation.version, or (a token without rotation.version) replace it once with terraform apply -replace=cloudflare_account_token.shared_');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A producer stack with one token (construct id `tokenId`) and a consumer stack that outputs its S3
 * credentials, synthesized and made provider-less: the token resource's `id` and `value` become variables
 * (the value nullable, as a token without a value has it), the backends files in `stateDir`. Returns both
 * configurations.
 */
function producerAndConsumer(stateDir: string, options: TokenOptions = {}, tokenId = 'shared'): { producer: any; consumer: any } {
  const outdir = mkdtempSync(join(tmpdir(), 'cdktf-cf-tokens-guard-'));
  try {
    const app = new App({ outdir });
    const producerStack = new TerraformStack(app, 'producer');
    new CloudflareProvider(producerStack, 'cloudflare', {});
    const policies = [{ effect: 'allow', permissionGroups: ['Workers R2 Storage Read'], resources: { 'com.cloudflare.api.account': '*' } }];
    const token = new AccountApiToken(producerStack, tokenId, { accountId: ACCOUNT_ID, name: 'shared', policies, ...options });
    const consumerStack = new TerraformStack(app, 'consumer');
    new TerraformOutput(consumerStack, 'key_id', { value: token.accessKeyId, sensitive: true });
    new TerraformOutput(consumerStack, 'secret', { value: token.secretAccessKey, sensitive: true });
    app.synth();
    const read = (stack: string) => readFileSync(join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8');
    const statePath = join(stateDir, 'producer.tfstate');
    const producer = JSON.parse(read('producer').replace(/cloudflare_account_token\.[A-Za-z0-9_-]+\.(id|value)\b/g, 'var.token_$1'));
    const consumer = JSON.parse(read('consumer'));
    consumer.data.terraform_remote_state['cross-stack-reference-input-producer'].config.path = statePath;
    return {
      producer: {
        terraform: { backend: { local: { path: statePath } } },
        variable: { token_id: { type: 'string' }, token_value: { type: 'string', sensitive: true, nullable: true } },
        locals: producer.locals,
        output: producer.output,
        ...(producer.check ? { check: producer.check } : {}),
      },
      consumer: { terraform: { backend: { local: { path: join(stateDir, 'consumer.tfstate') } } }, data: consumer.data, output: consumer.output },
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** A `-var-file` argument giving the token's id and value (a file, because `-var` cannot give null). */
function tokenVars(value: string | null): string[] {
  const file = join(workdir.root, 'token.tfvars.json');
  writeFileSync(file, JSON.stringify({ token_id: 'f0e1d2c3b4a5f0e1d2c3b4a5f0e1d2c3', token_value: value }));
  return [`-var-file=${file}`];
}
const applyArgs = (value: string | null) => ['apply', '-auto-approve', '-input=false', '-no-color', ...tokenVars(value)];
const CONSUMER_APPLY = ['apply', '-auto-approve', '-input=false', '-no-color'];

let workdir: TerraformWorkdir;

describe('a token without a value has no S3 credentials (Terraform evaluates the guard)', () => {
  beforeEach(() => (workdir = new TerraformWorkdir()));
  afterEach(() => workdir.remove());

  test('with a value, the producer and the consumer give the id and the sha256 of the value', () => {
    const { producer, consumer } = producerAndConsumer(workdir.root);
    workdir.write('producer', producer);
    workdir.write('consumer', consumer);
    expect(workdir.run('producer', applyArgs('the-token-value')).status).toBe(0);
    expect(workdir.outputs('producer')).toMatchObject({ shared_secret_access_key: sha256('the-token-value') });
    expect(workdir.run('consumer', CONSUMER_APPLY).status).toBe(0);
    expect(workdir.outputs('consumer')).toEqual({ key_id: 'f0e1d2c3b4a5f0e1d2c3b4a5f0e1d2c3', secret: sha256('the-token-value') });
  });

  test.each([['null', null], ['empty', '']])('a %s value fails the producer plan, naming the token and the fix', (_, value) => {
    const { producer } = producerAndConsumer(workdir.root);
    workdir.write('producer', producer);
    const plan = workdir.run('producer', ['plan', '-input=false', '-no-color', ...tokenVars(value)]);
    expect(plan.status).toBe(1);
    expect(plan.stderr).toMatch(GUARD);
    expect(plan.stderr).toMatch(FIX);
    expect(plan.stdout + plan.stderr).not.toContain(SHA256_OF_NOTHING);
  });

  test('a token id with a template directive in it is named as written', () => {
    const { producer } = producerAndConsumer(workdir.root, {}, 'odd%{x}');
    workdir.write('producer', producer);
    const plan = workdir.run('producer', ['plan', '-input=false', '-no-color', ...tokenVars(null)]);
    expect(plan.status).toBe(1);
    // The message Terraform evaluated (`cannot convert "…" to bool`), not the source line it quotes.
    expect(plan.stderr).toMatch(wrapped('cannot convert "AccountApiToken \'producer/odd%{x}\' has no token value in the Terraform state'));
  });

  test.each([['null', null], ['empty', '']])('a consumer refuses the credentials of a producer whose token has a %s value', (_, value) => {
    // Without outputs of its own, the producer applies; the consumer's plan is what refuses.
    const { producer, consumer } = producerAndConsumer(workdir.root, { createOutputs: false });
    workdir.write('producer', producer);
    workdir.write('consumer', consumer);
    expect(workdir.run('producer', applyArgs(value)).status).toBe(0);
    const plan = workdir.run('consumer', ['plan', '-input=false', '-no-color']);
    expect(plan.status).toBe(1);
    expect(plan.stderr).toMatch(GUARD);
    expect(plan.stdout + plan.stderr).not.toContain(SHA256_OF_NOTHING);
  });

  test('the guard changes no plan while the value is there: the unguarded expressions of before give an empty plan after it', () => {
    const { producer, consumer } = producerAndConsumer(workdir.root);
    const [hashLocal] = Object.keys(producer.locals);
    const unguardedOutput = (reference: string) => ({ value: `\${sensitive(${reference})}`, sensitive: true });
    const unguarded = (config: any, reference: string, secretOutput: string) => ({
      ...config,
      ...(config.locals ? { locals: { [hashLocal]: '${sha256(var.token_value)}' } } : {}),
      output: { ...config.output, [secretOutput]: unguardedOutput(reference) },
    });
    const crossStackReference = /^\$\{sensitive\(.*\? (data\.terraform_remote_state\.[^ ]+) : tobool/.exec(consumer.output.secret.value)![1];
    workdir.write('producer', unguarded(producer, `local.${hashLocal}`, 'shared_secret_access_key'));
    workdir.write('consumer', unguarded(consumer, crossStackReference, 'secret'));
    expect(workdir.run('producer', applyArgs('the-token-value')).status).toBe(0);
    expect(workdir.run('consumer', CONSUMER_APPLY).status).toBe(0);

    workdir.write('producer', producer);
    workdir.write('consumer', consumer);
    const producerPlan = workdir.run('producer', ['plan', '-detailed-exitcode', '-input=false', '-no-color', ...tokenVars('the-token-value')]);
    expect(producerPlan).toMatchObject({ status: 0 });
    expect(workdir.run('consumer', ['plan', '-detailed-exitcode', '-input=false', '-no-color'])).toMatchObject({ status: 0 });
  });
});

describe('an adopted token (Terraform evaluates the guard)', () => {
  const ADOPTED = wrapped("AccountApiToken 'producer/shared' adopts an existing token (adoptTokenId), and Cloudflare returns a token value only when it creates the token, so it has no S3 credentials until its first rotation");
  beforeEach(() => (workdir = new TerraformWorkdir()));
  afterEach(() => workdir.remove());

  test('without a value, the producer applies with a warning and an empty secret output; the consumer refuses', () => {
    const { producer, consumer } = producerAndConsumer(workdir.root, { adoptTokenId: '4f2a8c1e9b7d40e6a3c5f1d2e8b9a7c6' });
    workdir.write('producer', producer);
    workdir.write('consumer', consumer);
    const apply = workdir.run('producer', applyArgs(null));
    expect(apply.status).toBe(0);
    expect(apply.stdout + apply.stderr).toMatch(/Warning: Check block assertion failed/);
    expect(apply.stdout + apply.stderr).toMatch(ADOPTED);
    expect(workdir.outputs('producer')).toMatchObject({ shared_access_key_id: 'f0e1d2c3b4a5f0e1d2c3b4a5f0e1d2c3', shared_secret_access_key: '' });
    const plan = workdir.run('consumer', ['plan', '-input=false', '-no-color']);
    expect(plan.status).toBe(1);
    expect(plan.stderr).toMatch(ADOPTED);
    expect(plan.stdout + plan.stderr).not.toContain(SHA256_OF_NOTHING);
  });

  test('once rotated, it has a value: the secret is its sha256 everywhere, and no warning', () => {
    const { producer, consumer } = producerAndConsumer(workdir.root, { adoptTokenId: '4f2a8c1e9b7d40e6a3c5f1d2e8b9a7c6' });
    workdir.write('producer', producer);
    workdir.write('consumer', consumer);
    const apply = workdir.run('producer', applyArgs('the-new-value'));
    expect(apply.status).toBe(0);
    expect(apply.stdout + apply.stderr).not.toMatch(/Check block assertion failed/);
    expect(workdir.outputs('producer')).toMatchObject({ shared_secret_access_key: sha256('the-new-value') });
    expect(workdir.run('consumer', CONSUMER_APPLY).status).toBe(0);
    expect(workdir.outputs('consumer')).toMatchObject({ secret: sha256('the-new-value') });
  });
});

test('the message of a user-owned token names its resource', () => {
  const stack = new TerraformStack(new App(), 'app');
  const token = new UserApiToken(stack, 'mine', { name: 'mine', policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }] });
  new TerraformOutput(stack, 'secret', { value: token.secretAccessKey, sensitive: true });
  const text = JSON.stringify(JSON.parse(Testing.synth(stack)).output.mine_secret_access_key.value);
  expect(text).toMatch(/UserApiToken 'app\/mine' has no token value/);
  expect(text).toMatch(/-replace=cloudflare_api_token\.mine_[0-9A-F]{8} /);
});
