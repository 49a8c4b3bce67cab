import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, TerraformLocal, TerraformResource, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AccountApiToken, ApiTokenProps, IApiToken, PermissionGroups, R2Access, R2BucketRef, Resources, TokenPolicy, UserApiToken } from '../../src';
import { permissionsOf } from '../support/policy-permissions';
import { ACCOUNT_ID } from '../support/synth';
import { applyInDir } from '../support/terraform-stacks';

/*
 * Property: for random sets of policies and grants, whose keys are literals or tokens (variables, locals
 * and resource attributes of this stack and of two other stacks that use the same construct ids), some
 * resolving to the same text, the permissions Terraform computes for the merged token equal the union of
 * the permissions of each policy or grant given to a token alone. All cases go into one app, applied once.
 */

const CASES = 60;
const OTHER_ACCOUNT = 'fedcba9876543210fedcba9876543210';
const ZONES = ['00000000000000000000000000000001', '00000000000000000000000000000002', '00000000000000000000000000000003'];
const ALL_ZONES = 'com.cloudflare.api.account.zone.*';
const ZONE_GROUPS = [PermissionGroups.DNS_WRITE, PermissionGroups.ZONE_READ];

/* eslint-disable no-bitwise -- mulberry32 is defined in 32-bit integer operations */
/** A small deterministic random stream (mulberry32), so that a failing run can be repeated. */
class Random {
  public constructor(private state: number) {}

  public next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /* eslint-enable no-bitwise */

  public int(n: number): number {
    return Math.floor(this.next() * n);
  }

  public pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  public some<T>(items: readonly T[]): T[] {
    const chosen = items.filter(() => this.next() < 0.5);
    return chosen.length > 0 ? chosen : [this.pick(items)];
  }
}

/** Values to build keys from: each a literal or a token, with the text it has at plan time. */
interface Atoms {
  readonly zones: string[];
  readonly accounts: string[];
  readonly otherAccounts: string[];
  readonly buckets: string[];
}

/** Stacks `p1` and `p2` each hold a `terraform_data` "thing" and locals "zone", "account", "bucket". */
type ProducerValues = { zone: string; thing: string; account: string; bucket: string };

function producer(app: App, id: string, zone: string, thingZone: string, bucket: string): ProducerValues {
  const stack = new TerraformStack(app, id);
  const thing = new TerraformResource(stack, 'thing', { terraformResourceType: 'terraform_data' });
  thing.addOverride('input', thingZone);
  return {
    zone: new TerraformLocal(stack, 'zone', zone).asString,
    thing: thing.getStringAttribute('output'),
    account: new TerraformLocal(stack, 'account', ACCOUNT_ID).asString,
    bucket: new TerraformLocal(stack, 'bucket', bucket).asString,
  };
}

function atomsOf(app: App, consumer: TerraformStack): Atoms {
  const p1 = producer(app, 'p1', ZONES[1], ZONES[0], 'bkt-two');
  const p2 = producer(app, 'p2', ZONES[0], ZONES[2], 'bkt-one');
  const variables = new Map<string, TerraformVariable>();
  // Each call reads the variable again: a new token marker for the same value.
  const variable = (id: string, value: string) => {
    if (!variables.has(id)) variables.set(id, new TerraformVariable(consumer, id, { type: 'string', default: value }));
    return variables.get(id)!.stringValue;
  };
  const thing = new TerraformResource(consumer, 'thing', { terraformResourceType: 'terraform_data' });
  thing.addOverride('input', ZONES[0]);
  const account = [ACCOUNT_ID, variable('account_id', ACCOUNT_ID), variable('account_id', ACCOUNT_ID), new TerraformLocal(consumer, 'account', ACCOUNT_ID).asString, p1.account, p2.account];
  return {
    zones: [...ZONES, variable('zone_one', ZONES[0]), variable('zone_one', ZONES[0]), variable('zone_three', ZONES[2]), new TerraformLocal(consumer, 'zone', ZONES[1]).asString,
      thing.getStringAttribute('output'), p1.zone, p1.thing, p2.zone, p2.thing],
    accounts: account,
    otherAccounts: [...account, OTHER_ACCOUNT, variable('other_account', OTHER_ACCOUNT)],
    buckets: ['bkt-one', 'bkt-two', variable('bucket_name', 'bkt-one'), p1.bucket, p2.bucket],
  };
}

/** One policy or grant: how to give it to a token. */
type Item = { readonly describe: string; readonly asPolicy?: TokenPolicy; readonly grant?: (token: IApiToken) => void };

function randomItem(random: Random, atoms: Atoms, accountOwned: boolean): Item {
  const accounts = accountOwned ? atoms.accounts : atoms.otherAccounts;
  const effect = random.pick(['allow', 'allow', 'deny']);
  const zoneKey = () => (random.next() < 0.25 ? ALL_ZONES : Resources.zone(random.pick(atoms.zones)));
  const entries = (make: () => [string, any]) => Object.fromEntries(Array.from({ length: 1 + random.int(2) }, make));
  switch (random.int(accountOwned ? 6 : 5)) {
    case 0:
      return { describe: 'zone policy', asPolicy: { effect, permissionGroups: random.some(ZONE_GROUPS), resources: entries(() => [zoneKey(), '*']) } };
    case 1: {
      const resources = entries(() => [Resources.account(random.pick(accounts)), entries(() => [zoneKey(), '*'])]);
      return { describe: 'zones-of-account policy', asPolicy: { effect, permissionGroups: random.some(ZONE_GROUPS), resources } };
    }
    case 2: {
      const resources = entries(() => [Resources.account(random.pick(accounts)), '*']);
      return { describe: 'account policy', asPolicy: { effect, permissionGroups: [PermissionGroups.ACCOUNT_SETTINGS_READ], resources } };
    }
    case 3: {
      const groups = [random.pick([PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_READ, PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_WRITE])];
      const resources = entries(() => [Resources.r2Bucket(random.pick(accounts), random.pick(atoms.buckets)), '*']);
      return { describe: 'bucket policy', asPolicy: { effect, permissionGroups: groups, resources } };
    }
    case 4: {
      const [zone, groups] = [random.pick(atoms.zones), random.some(ZONE_GROUPS)];
      const [bucket, account, access] = [random.pick(atoms.buckets), random.pick(accounts), random.pick([R2Access.READ, R2Access.WRITE])];
      return random.next() < 0.5
        ? { describe: 'grantZone', grant: (token) => token.grantZone(zone, groups) }
        : { describe: 'grantR2Bucket', grant: (token) => token.grantR2Bucket(R2BucketRef.fromName(bucket, undefined, account), access) };
    }
    default: {
      const account = random.next() < 0.5 ? undefined : random.pick(accounts);
      return { describe: 'grantAccount', grant: (token) => token.grantAccount([PermissionGroups.ACCOUNT_SETTINGS_READ], account) };
    }
  }
}

/** A token of the case's kind with the items: policies in the constructor or added, grants after. */
function tokenWith(scope: Construct, id: string, owner: string | undefined, items: readonly Item[], random: Random): IApiToken {
  const inConstructor = items.filter((item) => item.asPolicy && random.next() < 0.5);
  const props: ApiTokenProps = { name: id, createOutputs: false, policies: inConstructor.map((item) => item.asPolicy!) };
  const token = owner === undefined ? new UserApiToken(scope, id, props) : new AccountApiToken(scope, id, { ...props, accountId: owner });
  for (const item of items.filter((i) => !inConstructor.includes(i))) {
    if (item.asPolicy) token.addPolicy(item.asPolicy);
    else item.grant!(token);
  }
  return token;
}

interface Case {
  readonly items: Item[];
  readonly merged: string;
  readonly alone: string[];
}

function buildCases(random: Random, app: App, consumer: TerraformStack): Case[] {
  const atoms = atomsOf(app, consumer);
  return Array.from({ length: CASES }, (_, index) => {
    const kind = random.int(4);
    const owner = kind === 0 ? undefined : kind === 1 ? ACCOUNT_ID : random.pick(atoms.accounts);
    const items = Array.from({ length: 1 + random.int(5) }, () => randomItem(random, atoms, owner !== undefined));
    const merged = `case${index}`;
    tokenWith(consumer, merged, owner, items, random);
    const alone = items.map((item, i) => {
      tokenWith(consumer, `case${index}_alone${i}`, owner, [item], random);
      return `case${index}_alone${i}`;
    });
    return { items, merged, alone };
  });
}

/** Each token's policies and precondition conditions, by construct id, from the consumer's JSON. */
function tokensOf(json: any): Map<string, { policies: any[]; conditions: string[] }> {
  const tokens = new Map<string, { policies: any[]; conditions: string[] }>();
  for (const type of ['cloudflare_account_token', 'cloudflare_api_token']) {
    for (const resource of Object.values<any>(json.resource[type] ?? {})) {
      const id = resource['//'].metadata.path.split('/')[1];
      tokens.set(id, { policies: resource.policies, conditions: (resource.lifecycle?.precondition ?? []).map((p: any) => p.condition) });
    }
  }
  return tokens;
}

/** The consumer's variables, locals, remote state and `terraform_data`, with each token's values as outputs. */
function evaluationConfig(json: any, tokens: Map<string, { policies: any[]; conditions: string[] }>, stateOf: (stack: string) => string): object {
  const output: Record<string, { value: string; sensitive: boolean }> = {};
  for (const [id, token] of tokens) {
    token.policies.forEach((policy, index) => (output[`${id}__policy${index}`] = { value: policy.resources, sensitive: true }));
    token.conditions.forEach((condition, index) => (output[`${id}__check${index}`] = { value: condition, sensitive: true }));
  }
  const remoteState = Object.fromEntries(
    Object.keys(json.data.terraform_remote_state).map((name) => [
      name,
      { backend: 'local', config: { path: stateOf(name.replace('cross-stack-reference-input-', '')) } },
    ]),
  );
  return {
    variable: json.variable,
    // Without the tokens' own locals (hashes of their values): no token resource is applied here.
    locals: Object.fromEntries(Object.entries<string>(json.locals).filter(([, value]) => !String(value).includes('cloudflare_'))),
    data: { terraform_remote_state: remoteState },
    resource: { terraform_data: json.resource.terraform_data },
    output,
  };
}

/** A producer stack's JSON without its backend, to apply in a directory of its own. */
function producerConfig(json: any): object {
  return Object.fromEntries(Object.entries(json).filter(([key]) => key !== 'terraform'));
}

test(`merging never changes the permissions: ${CASES} random cases, evaluated by Terraform`, () => {
  const start = Number(process.env.POLICY_PROPERTY_START ?? 20261206);
  const random = new Random(start);
  const outdir = mkdtempSync(join(tmpdir(), 'cdktf-cf-tokens-property-'));
  try {
    const app = new App({ outdir: join(outdir, 'synth'), skipValidation: true });
    const consumer = new TerraformStack(app, 'c');
    const cases = buildCases(random, app, consumer);
    app.synth();
    const read = (stack: string) => JSON.parse(readFileSync(join(outdir, 'synth', 'stacks', stack, 'cdk.tf.json'), 'utf8'));
    const stateOf = (stack: string) => join(outdir, 'state', stack, 'terraform.tfstate');
    for (const stack of ['p1', 'p2']) applyInDir(join(outdir, 'state', stack), producerConfig(read(stack)));
    const json = read('c');
    const tokens = tokensOf(json);
    const outputs = applyInDir(join(outdir, 'state', 'c'), evaluationConfig(json, tokens, stateOf));

    const permissions = (id: string) =>
      permissionsOf(tokens.get(id)!.policies.map((policy, index) => ({
        effect: policy.effect,
        groups: policy.permission_groups.map((group: { id: string }) => group.id),
        resources: JSON.parse(outputs[`${id}__policy${index}`] as string),
      })));
    const checksPass = (id: string) => tokens.get(id)!.conditions.every((_, index) => outputs[`${id}__check${index}`] === true);
    let compared = 0;
    for (const [index, testCase] of cases.entries()) {
      const context = `case ${index} (${testCase.items.map((item) => item.describe).join(', ')}); repeat with POLICY_PROPERTY_START=${start}`;
      // A policy whose own keys resolve equal is refused by its precondition, merged or not.
      if (!testCase.alone.every(checksPass)) continue;
      compared++;
      expect({ context, checksPass: checksPass(testCase.merged) }).toEqual({ context, checksPass: true });
      const union = new Set(testCase.alone.flatMap((id) => [...permissions(id)]));
      const merged = permissions(testCase.merged);
      const sorted = (set: Set<string>) => [...set].sort();
      expect({ context, permissions: sorted(merged) }).toEqual({ context, permissions: sorted(union) });
    }
    // Most cases are compared: the property is not met by refusing them.
    expect(compared).toBeGreaterThan(CASES / 2);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
});
