import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataCloudflareZone } from '@cdktf/provider-cloudflare/lib/data-cloudflare-zone';
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, TerraformLocal, TerraformStack, TerraformVariable } from 'cdktf';
import { AccountApiToken, Effect, R2Access, R2BucketRef, Resources } from '../../src';
import { ACCOUNT_ID } from '../support/synth';

type Build = (stacks: { a: TerraformStack; b: TerraformStack }, token: AccountApiToken) => void;

/** Two stacks `a` and `b` with what `build` adds, a token in stack `c`; returns stack c's JSON after app.synth(). */
function synthConsumer(build: Build): any {
  const outdir = mkdtempSync(join(tmpdir(), 'cdktf-cf-tokens-identity-'));
  try {
    const app = new App({ outdir, skipValidation: true });
    const a = new TerraformStack(app, 'a');
    const b = new TerraformStack(app, 'b');
    const c = new TerraformStack(app, 'c');
    const policies = [{ effect: Effect.ALLOW, permissionGroups: ['Account Settings Read'], resources: { [Resources.OWN_ACCOUNT]: '*' } }];
    const token = new AccountApiToken(c, 'deployer', { accountId: ACCOUNT_ID, name: 'deployer', policies, createOutputs: false });
    build({ a, b }, token);
    app.synth();
    return JSON.parse(readFileSync(join(outdir, 'stacks', 'c', 'cdk.tf.json'), 'utf8'));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const policiesOf = (json: any): any[] => (Object.values(json.resource.cloudflare_account_token)[0] as any).policies;
const remoteStates = (json: any): string[] => Object.values<any>(json.data?.terraform_remote_state ?? {}).map((state) => state.config.path.split('/').pop()).sort();
const mentions = (policy: any, text: string) => policy.resources.includes(text);

describe('merging tells apart the same construct id in different stacks', () => {
  test("the README's cross-stack case: a bucket named `bucket` in two stacks gives two policies and remote state for both", () => {
    const json = synthConsumer(({ a, b }, token) => {
      const alpha = new R2Bucket(a, 'bucket', { accountId: ACCOUNT_ID, name: 'alpha' });
      const beta = new R2Bucket(b, 'bucket', { accountId: ACCOUNT_ID, name: 'beta' });
      token.grantR2Bucket(R2BucketRef.fromBucket(alpha), R2Access.READ);
      token.grantR2Bucket(R2BucketRef.fromBucket(beta), R2Access.WRITE);
    });
    const bucketPolicies = policiesOf(json).filter((policy) => mentions(policy, 'terraform_remote_state'));
    expect(bucketPolicies).toHaveLength(2);
    expect(remoteStates(json)).toEqual(['terraform.a.tfstate', 'terraform.b.tfstate']);
    const [first, second] = bucketPolicies.map((policy) => /terraform_remote_state\.([\w-]+)\./.exec(policy.resources)![1]);
    expect(first).not.toBe(second);
  });

  test('zones of data sources with one construct id in two stacks stay apart', () => {
    const json = synthConsumer(({ a, b }, token) => {
      for (const stack of [a, b]) token.grantZone(new DataCloudflareZone(stack, 'zone', { zoneId: `${stack.node.id}`.padEnd(32, '0') }).zoneId, ['DNS Write']);
    });
    expect(policiesOf(json).filter((policy) => mentions(policy, 'terraform_remote_state'))).toHaveLength(2);
    expect(remoteStates(json)).toHaveLength(2);
  });

  test('locals with one construct id in two stacks stay apart, and a deny never disappears', () => {
    const json = synthConsumer(({ a, b }, token) => {
      for (const stack of [a, b]) {
        const zone = new TerraformLocal(stack, 'zone', `${stack.node.id}`.padEnd(32, '0'));
        token.addPolicy({ effect: Effect.DENY, permissionGroups: ['DNS Write'], resources: { [Resources.zone(zone.asString)]: '*' } });
      }
    });
    const denies = policiesOf(json).filter((policy) => policy.effect === 'deny');
    expect(denies).toHaveLength(2);
    expect(remoteStates(json)).toHaveLength(2);
  });

  test('the same attribute read twice in one stack still merges: it is the same value for certain', () => {
    const json = synthConsumer(({ a }, token) => {
      const alpha = new R2Bucket(a, 'bucket', { accountId: ACCOUNT_ID, name: 'alpha' });
      token.grantR2Bucket(R2BucketRef.fromBucket(alpha), R2Access.READ);
      token.grantR2Bucket(R2BucketRef.fromBucket(alpha), R2Access.WRITE);
    });
    expect(policiesOf(json).filter((policy) => mentions(policy, 'terraform_remote_state'))).toHaveLength(1);
  });

  test('two variables stay apart even where one policy would hold both', () => {
    const json = synthConsumer((_, token) => {
      const scope = token.node.scope!;
      for (const id of ['first', 'second']) token.grantZone(new TerraformVariable(scope, id, { type: 'string' }).stringValue, ['DNS Write']);
    });
    expect(policiesOf(json).filter((policy) => mentions(policy, 'var.'))).toHaveLength(2);
  });
});
