/**
 * Least-privilege deploy tokens, proven against the local Cloudflare API, which enforces the groups of the
 * token that calls it (test/e2e/support/fake-cloudflare, "Permission groups per endpoint"):
 * a bootstrap stack (deployed with the broad bootstrap token) mints DEPLOY and PLAN DeployTokens for the
 * examples app; the app deploys and destroys with the DEPLOY token alone; a token missing any one of the
 * DEPLOY token's groups fails its deploy with a 403; the PLAN token plans every stack but cannot deploy.
 *
 * The local API runs as of mid-2024, as in examples.e2e.ts (the restricted example token's window).
 */
import { expectSuccess } from '../support/cdktf-project';
import { E2E_ACCOUNT_ID, E2E_API_TOKEN, E2eEnvironment, startEnvironment } from '../support/environment';
import { BUCKET_STACK, EXAMPLE_STACKS, EXAMPLE_TOKEN_NAMES, STACKS_BEFORE_BUCKET, STACKS_WITH_CLOUDFLARE } from '../support/example-app';
import { RequestLogEntry, StoredToken } from '../support/fake-cloudflare';

const STAND_IN_CLOCK = new Date('2024-06-15T12:00:00Z');
const ACCOUNT_KEY = `com.cloudflare.api.account.${E2E_ACCOUNT_ID}`;

/** Each DEPLOY group, with the smallest example stack that needs it and the refusal the local API gives without it. */
const GROUP_PROBES: Record<string, { stack: string; request: RegExp; code: number; message: string }> = {
  'Account API Tokens Write': {
    stack: 'account-token',
    request: new RegExp(`^POST /client/v4/accounts/${E2E_ACCOUNT_ID}/tokens$`),
    code: 9109,
    message: 'Unauthorized to access requested resource',
  },
  'Workers R2 Storage Write': {
    stack: 'r2-bucket-preset',
    request: new RegExp(`^POST /client/v4/accounts/${E2E_ACCOUNT_ID}/r2/buckets$`),
    code: 10000,
    message: 'Authentication error',
  },
};

/** CLI output with its line wrapping undone. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

interface Minted { readonly id: string; readonly value: string }

describe('DeployToken: the examples app deployed and destroyed with the minted tokens alone', () => {
  let env: E2eEnvironment;
  let deployToken: Minted;
  let planToken: Minted;

  /** Requests made from index `from` on. */
  const requestsSince = (from: number): RequestLogEntry[] => env.fake.requests.slice(from);
  const stored = (id: string): StoredToken => env.fake.state.tokens.get(id)!;
  const groupNames = (t: StoredToken) =>
    t.policies.map((p) => ({ resources: p.resources, groups: p.permission_groups.map((g) => g.name).sort(), effect: p.effect }));
  const asToken = (t: Minted) => ({ CLOUDFLARE_API_TOKEN: t.value });

  /** Mints a token through the local API with the bootstrap credential (as a person with a broad token would). */
  async function mint(name: string, policies: StoredToken['policies']): Promise<Minted> {
    const body = {
      name,
      policies: policies.map((p) => ({ effect: p.effect, resources: p.resources, permission_groups: p.permission_groups.map(({ id }) => ({ id })) })),
    };
    const res = await fetch(`${env.fake.baseUrl}/accounts/${E2E_ACCOUNT_ID}/tokens`, {
      method: 'POST',
      headers: { 'authorization': `Bearer ${E2E_API_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const json = (await res.json()) as { success: boolean; result: Minted; errors: unknown[] };
    if (!json.success) throw new Error(`minting ${name} failed: ${JSON.stringify(json.errors)}`);
    return { id: json.result.id, value: json.result.value };
  }

  beforeAll(async () => {
    env = await startEnvironment('test/e2e/apps/deploy-token.ts', { asOf: STAND_IN_CLOCK });
    expectSuccess((await env.project.deploy(['bootstrap'])).run, 'cdktf deploy bootstrap (bootstrap token)');
    const show = await env.project.terraform('bootstrap', ['show', '-json', '-no-color']);
    expectSuccess(show, 'terraform show -json (bootstrap)');
    const tokens: any[] = JSON.parse(show.stdout).values.root_module.resources.filter((r: any) => r.type === 'cloudflare_account_token');
    const byName = (name: string): Minted => {
      const r = tokens.find((t) => t.values.name === name);
      return { id: r.values.id, value: r.values.value };
    };
    deployToken = byName('ci deploy');
    planToken = byName('ci plan');
  });
  afterAll(async () => env?.close());

  test('the bootstrap stack minted DEPLOY and PLAN tokens holding exactly what the examples need, on their account', () => {
    expect(groupNames(stored(deployToken.id))).toEqual([
      { effect: 'allow', resources: { [ACCOUNT_KEY]: '*' }, groups: Object.keys(GROUP_PROBES).sort() },
    ]);
    expect(groupNames(stored(planToken.id))).toEqual([
      { effect: 'allow', resources: { [ACCOUNT_KEY]: '*' }, groups: ['Account API Tokens Read', 'Workers R2 Storage Read'] },
    ]);
  });

  test('a token missing any one DEPLOY group fails the deploy of a stack that needs it, with the 403', async () => {
    const full = stored(deployToken.id);
    for (const [group, probe] of Object.entries(GROUP_PROBES)) {
      const reduced = full.policies
        .map((p) => ({ ...p, permission_groups: p.permission_groups.filter((g) => g.name !== group) }))
        .filter((p) => p.permission_groups.length > 0);
      const without = await mint(`deploy without ${group}`, reduced);
      const from = env.fake.requests.length;
      const { run } = await env.project.deploy([probe.stack], asToken(without));
      const refused = requestsSince(from).filter((r) => r.status === 403);
      expect({ group, failed: run.code !== 0, refused: refused.length > 0 }).toEqual({ group, failed: true, refused: true });
      expect(refused.map((r) => ({ group, request: `${r.method} ${r.path}`, errors: r.errors, byTheReducedToken: r.caller === without.id }))).toEqual(
        refused.map(() => ({ group, request: expect.stringMatching(probe.request), errors: [probe.code], byTheReducedToken: true })),
      );
      expect(oneLine(run.output)).toContain(`"code":${probe.code},"message":"${probe.message}"`);
      // Whatever the failed apply created goes, with the bootstrap token, before the next case.
      expectSuccess(await env.project.destroy([probe.stack]), `cdktf destroy ${probe.stack} (bootstrap token)`);
    }
    expect(env.fake.state.summary()).toMatchObject({ buckets: 0 });
  });

  test('the PLAN token cannot deploy: the apply fails with a 403, for tokens and for buckets, and creates nothing', async () => {
    const before = env.fake.state.summary();
    for (const [stack, probe] of [['account-token', GROUP_PROBES['Account API Tokens Write']], ['r2-bucket-preset', GROUP_PROBES['Workers R2 Storage Write']]] as const) {
      const from = env.fake.requests.length;
      const { run } = await env.project.deploy([stack], asToken(planToken));
      expect({ stack, failed: run.code !== 0 }).toEqual({ stack, failed: true });
      const refused = requestsSince(from).filter((r) => r.status === 403);
      expect(refused.map((r) => ({ stack, request: `${r.method} ${r.path}`, errors: r.errors, caller: r.caller }))).toEqual([
        { stack, request: expect.stringMatching(probe.request), errors: [probe.code], caller: planToken.id },
      ]);
      expect(oneLine(run.output)).toContain(`403 Forbidden {"success":false,"errors":[{"code":${probe.code},"message":"${probe.message}"}],"messages":[],"result":null}`);
    }
    expect(env.fake.state.summary()).toEqual(before);
  });

  test('the DEPLOY token alone deploys every example stack', async () => {
    const from = env.fake.requests.length;
    const deploy = await env.project.deploy(EXAMPLE_STACKS, asToken(deployToken));
    expectSuccess(deploy.run, 'cdktf deploy of the examples (DEPLOY token)');
    const api = requestsSince(from).filter((r) => r.service === 'api');
    expect(api.length).toBeGreaterThan(0);
    expect(api.filter((r) => r.caller !== deployToken.id || r.status !== 200)).toEqual([]);
    // The examples' tokens and three buckets.
    expect(env.fake.state.summary()).toMatchObject({ buckets: 3 });
    expect(env.fake.state.accountTokens(E2E_ACCOUNT_ID).map((t) => t.name).filter((n) => !n.startsWith('ci ') && !n.startsWith('deploy without ')).sort()).toEqual(EXAMPLE_TOKEN_NAMES);
  });

  test('the PLAN token plans every stack (refresh reads tokens and buckets): cdktf diff, and terraform plan in each stack', async () => {
    const from = env.fake.requests.length;
    expectSuccess(await env.project.cdktf(['diff', 'r2-presigned-urls'], asToken(planToken)), 'cdktf diff r2-presigned-urls (PLAN token)');
    for (const stack of STACKS_WITH_CLOUDFLARE) {
      const plan = await env.project.terraform(stack, ['plan', '-detailed-exitcode', '-input=false', '-no-color', '-lock=false'], asToken(planToken));
      expect({ stack, code: plan.code, output: plan.code === 0 ? '' : plan.output.slice(-3000) }).toEqual({ stack, code: 0, output: '' });
    }
    const api = requestsSince(from).filter((r) => r.service === 'api');
    expect(api.some((r) => r.method === 'GET' && /\/tokens\/[0-9a-f]{32}$/.test(r.path))).toBe(true);
    expect(api.some((r) => r.method === 'GET' && /\/r2\/buckets\//.test(r.path))).toBe(true);
    expect(api.filter((r) => r.caller !== planToken.id || r.status !== 200 || r.method !== 'GET')).toEqual([]);
  });

  test('the DEPLOY token alone destroys every example stack', async () => {
    const from = env.fake.requests.length;
    for (const stack of STACKS_BEFORE_BUCKET) {
      expectSuccess(await env.project.destroy([stack], [], asToken(deployToken)), `cdktf destroy ${stack} (DEPLOY token)`);
    }
    expectSuccess(
      await env.project.destroy([BUCKET_STACK], ['--ignore-missing-stack-dependencies'], asToken(deployToken)),
      'cdktf destroy r2-presigned-urls (DEPLOY token)',
    );
    const api = requestsSince(from).filter((r) => r.service === 'api');
    expect(api.filter((r) => r.caller !== deployToken.id || r.status !== 200)).toEqual([]);
    expect(env.fake.state.accountTokens(E2E_ACCOUNT_ID).map((t) => t.name).sort()).toEqual(['ci deploy', 'ci plan', ...Object.keys(GROUP_PROBES).map((g) => `deploy without ${g}`)].sort());
    expect(env.fake.state.summary()).toMatchObject({ buckets: 0 });
  });
});
