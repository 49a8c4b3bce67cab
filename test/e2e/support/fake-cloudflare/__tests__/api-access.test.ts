/**
 * The local API enforces the permission groups of the token that calls it, on every management endpoint
 * (policy/api-access.ts): plain HTTP against a running instance, no Terraform.
 */
import { randomBytes } from 'node:crypto';
import { FakeCloudflare, startFakeCloudflare } from '..';
import { routesWithoutAccess } from '../api/server';
import { API_GROUPS, authorizeEndpoint, ACCOUNT_TOKENS_READ } from '../policy/api-access';
import { StoredToken } from '../types';

const API_TOKEN = 'Ac_' + randomBytes(40).toString('base64url').slice(0, 37);
const ACCOUNT = 'a'.repeat(8) + randomBytes(12).toString('hex');
const OTHER_ACCOUNT = 'b'.repeat(8) + randomBytes(12).toString('hex');
const ZONE = 'd'.repeat(32);
const G = API_GROUPS;

let fake: FakeCloudflare;
beforeAll(async () => {
  fake = await startFakeCloudflare({ apiToken: API_TOKEN, accountIds: [ACCOUNT, OTHER_ACCOUNT] });
});
afterAll(async () => fake?.close());

async function api(method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${fake.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const json = (await res.json()) as { success: boolean; errors: Array<{ code: number; message: string }>; messages: unknown[]; result: any };
  return { status: res.status, json };
}

const accountKey = (account = ACCOUNT) => `com.cloudflare.api.account.${account}`;
const policy = (groups: string[], resources: Record<string, unknown>, effect = 'allow') => ({ effect, permission_groups: groups.map((id) => ({ id })), resources });

/** A token minted with the bootstrap credential (the fake's own API token). */
async function mint(policies: unknown[], path = `/accounts/${ACCOUNT}/tokens`, extra: Record<string, unknown> = {}): Promise<{ id: string; value: string }> {
  const r = await api('POST', path, API_TOKEN, { name: `t-${randomBytes(3).toString('hex')}`, policies, ...extra });
  if (r.status !== 200) throw new Error(`mint failed: ${r.status} ${JSON.stringify(r.json.errors)}`);
  return { id: r.json.result.id, value: r.json.result.value };
}

const tokenBody = () => ({ name: `m-${randomBytes(3).toString('hex')}`, policies: [policy([G.r2StorageRead], { [accountKey()]: '*' })] });

/** One call per management endpoint: the group sets that must allow it, and a body when it has one. */
function endpoints(existingToken: string, userToken: string, bucket: string) {
  return [
    { name: 'list account tokens', method: 'GET', path: `/accounts/${ACCOUNT}/tokens`, allow: [G.accountTokensRead, G.accountTokensWrite], code: 9109 },
    { name: 'get account token', method: 'GET', path: `/accounts/${ACCOUNT}/tokens/${existingToken}`, allow: [G.accountTokensRead, G.accountTokensWrite], code: 9109 },
    { name: 'account permission groups', method: 'GET', path: `/accounts/${ACCOUNT}/tokens/permission_groups`, allow: [G.accountTokensRead, G.accountTokensWrite], code: 9109 },
    { name: 'create account token', method: 'POST', path: `/accounts/${ACCOUNT}/tokens`, body: tokenBody(), allow: [G.accountTokensWrite], code: 9109 },
    { name: 'update account token', method: 'PUT', path: `/accounts/${ACCOUNT}/tokens/${existingToken}`, body: tokenBody(), allow: [G.accountTokensWrite], code: 9109 },
    { name: 'roll account token', method: 'PUT', path: `/accounts/${ACCOUNT}/tokens/${existingToken}/value`, body: {}, allow: [G.accountTokensWrite], code: 9109 },
    { name: 'list user tokens', method: 'GET', path: '/user/tokens', allow: [G.userTokensRead, G.userTokensWrite], user: true, code: 9109 },
    { name: 'get user token', method: 'GET', path: `/user/tokens/${userToken}`, allow: [G.userTokensRead, G.userTokensWrite], user: true, code: 9109 },
    { name: 'user permission groups', method: 'GET', path: '/user/tokens/permission_groups', allow: [G.userTokensRead, G.userTokensWrite], user: true, code: 9109 },
    { name: 'create user token', method: 'POST', path: '/user/tokens', body: tokenBody(), allow: [G.userTokensWrite], user: true, code: 9109 },
    { name: 'list buckets', method: 'GET', path: `/accounts/${ACCOUNT}/r2/buckets`, allow: [G.r2StorageRead, G.r2StorageWrite], code: 10000 },
    { name: 'get bucket', method: 'GET', path: `/accounts/${ACCOUNT}/r2/buckets/${bucket}`, allow: [G.r2StorageRead, G.r2StorageWrite], code: 10000 },
    { name: 'edit bucket', method: 'PATCH', path: `/accounts/${ACCOUNT}/r2/buckets/${bucket}`, body: {}, allow: [G.r2StorageWrite], code: 10000 },
  ] as const;
}

describe('the local API enforces the calling token\'s permission groups', () => {
  test('every route but verify declares the groups it needs', () => {
    expect(routesWithoutAccess()).toEqual([]);
  });

  test('the bootstrap credential keeps all access', async () => {
    expect((await api('GET', `/accounts/${ACCOUNT}/tokens`, API_TOKEN)).status).toBe(200);
    expect((await api('GET', '/user/tokens', API_TOKEN)).status).toBe(200);
    expect((await api('GET', `/accounts/${ACCOUNT}/r2/buckets`, API_TOKEN)).status).toBe(200);
  });

  test('each endpoint: allowed with exactly its groups, 403 in Cloudflare\'s shape with every other group', async () => {
    const existing = await mint([policy([G.r2StorageRead], { [accountKey()]: '*' })]);
    const userExisting = await mint([policy([G.r2StorageRead], { [accountKey()]: '*' })], '/user/tokens');
    const bucket = `acc-${randomBytes(4).toString('hex')}`;
    expect((await api('POST', `/accounts/${ACCOUNT}/r2/buckets`, API_TOKEN, { name: bucket })).status).toBe(200);
    const all: string[] = Object.values(G);
    // User-scoped groups cannot be held by an account owned token (the fake refuses them at creation).
    const accountGroups = all.filter((g) => g !== G.userTokensRead && g !== G.userTokensWrite);
    let calls = 0;
    for (const e of endpoints(existing.id, userExisting.id, bucket)) {
      for (const group of 'user' in e ? all : accountGroups) {
        const resources = 'user' in e ? { [`com.cloudflare.api.user.${fake.state.userId}`]: '*' } : { [accountKey()]: '*' };
        const ownerPath = 'user' in e ? '/user/tokens' : `/accounts/${ACCOUNT}/tokens`;
        const caller = await mint([policy([group], resources)], ownerPath);
        const r = await api(e.method, e.path, caller.value, 'body' in e ? e.body : undefined);
        const allowed = (e.allow as readonly string[]).includes(group);
        calls++;
        if (allowed) {
          expect({ e: e.name, group, status: r.status, errors: r.json.errors }).toEqual({ e: e.name, group, status: 200, errors: [] });
        } else {
          expect({ e: e.name, group, status: r.status, body: r.json }).toEqual({
            e: e.name,
            group,
            status: 403,
            body: { success: false, errors: [{ code: e.code, message: e.code === 9109 ? 'Unauthorized to access requested resource' : 'Authentication error' }], messages: [], result: null },
          });
        }
      }
    }
    expect(calls).toBe(4 * all.length + 9 * accountGroups.length);
  });

  test('delete: Write deletes, Read does not', async () => {
    const victim = await mint([policy([G.r2StorageRead], { [accountKey()]: '*' })]);
    const reader = await mint([policy([G.accountTokensRead], { [accountKey()]: '*' })]);
    const writer = await mint([policy([G.accountTokensWrite], { [accountKey()]: '*' })]);
    expect((await api('DELETE', `/accounts/${ACCOUNT}/tokens/${victim.id}`, reader.value)).status).toBe(403);
    expect((await api('DELETE', `/accounts/${ACCOUNT}/tokens/${victim.id}`, writer.value)).status).toBe(200);

    const bucket = `del-${randomBytes(4).toString('hex')}`;
    const r2Reader = await mint([policy([G.r2StorageRead], { [accountKey()]: '*' })]);
    const r2Writer = await mint([policy([G.r2StorageWrite], { [accountKey()]: '*' })]);
    expect((await api('POST', `/accounts/${ACCOUNT}/r2/buckets`, r2Reader.value, { name: bucket })).status).toBe(403);
    expect((await api('POST', `/accounts/${ACCOUNT}/r2/buckets`, r2Writer.value, { name: bucket })).status).toBe(200);
    expect((await api('DELETE', `/accounts/${ACCOUNT}/r2/buckets/${bucket}`, r2Reader.value)).status).toBe(403);
    expect((await api('DELETE', `/accounts/${ACCOUNT}/r2/buckets/${bucket}`, r2Writer.value)).status).toBe(200);
  });

  test('resources: the account itself (or every account) grants; other accounts, zones and buckets do not', async () => {
    const read = async (resources: Record<string, unknown>, owner = `/accounts/${ACCOUNT}/tokens`) =>
      (await api('GET', `/accounts/${ACCOUNT}/tokens`, (await mint([policy([G.accountTokensRead], resources)], owner)).value)).status;
    expect(await read({ [accountKey()]: '*' })).toBe(200);
    expect(await read({ 'com.cloudflare.api.account.*': '*' })).toBe(200);
    expect(await read({ [accountKey()]: { 'com.cloudflare.api.account.zone.*': '*' } })).toBe(403);
    expect(await read({ [accountKey()]: { [`com.cloudflare.api.account.zone.${ZONE}`]: '*' } })).toBe(403);
    expect(await read({ [`com.cloudflare.edge.r2.bucket.${ACCOUNT}_default_b`]: '*' })).toBe(403);
    // A user token may act on any account its policies name; here another one.
    expect(await read({ [accountKey(OTHER_ACCOUNT)]: '*' }, '/user/tokens')).toBe(403);
    expect(await read({ [accountKey()]: '*' }, '/user/tokens')).toBe(200);
  });

  test('an account owned token acts only in its own account and never on the user', async () => {
    const own = await mint([policy([G.accountTokensRead], { [accountKey(OTHER_ACCOUNT)]: '*' })], `/accounts/${OTHER_ACCOUNT}/tokens`);
    expect((await api('GET', `/accounts/${OTHER_ACCOUNT}/tokens`, own.value)).status).toBe(200);
    expect((await api('GET', `/accounts/${ACCOUNT}/tokens`, own.value)).status).toBe(403);
    const user = await mint([policy([G.userTokensRead], { [accountKey()]: '*' })]).catch((e: Error) => e);
    expect(String(user)).toMatch(/cannot be used on account owned tokens/);
  });

  test('a deny policy removes its group; another allowed group still grants', async () => {
    const denied = await mint([policy([G.accountTokensWrite], { [accountKey()]: '*' }), policy([G.accountTokensWrite], { [accountKey()]: '*' }, 'deny')]);
    expect((await api('GET', `/accounts/${ACCOUNT}/tokens`, denied.value)).status).toBe(403);
    const both = await mint([
      policy([G.accountTokensWrite, G.accountTokensRead], { [accountKey()]: '*' }),
      policy([G.accountTokensWrite], { [accountKey()]: '*' }, 'deny'),
    ]);
    expect((await api('GET', `/accounts/${ACCOUNT}/tokens`, both.value)).status).toBe(200);
    expect((await api('POST', `/accounts/${ACCOUNT}/tokens`, both.value, tokenBody())).status).toBe(403);
  });

  test('status, dates and request_ip apply to management calls too', async () => {
    const allow = [policy([G.accountTokensRead], { [accountKey()]: '*' })];
    const disabled = await mint(allow, undefined, { status: 'disabled' });
    const expired = await mint(allow, undefined, { expires_on: '2001-01-01T00:00:00Z' });
    const elsewhere = await mint(allow, undefined, { condition: { request_ip: { in: ['192.0.2.0/24'] } } });
    const here = await mint(allow, undefined, { condition: { request_ip: { in: ['127.0.0.0/8'] } } });
    for (const t of [disabled, expired, elsewhere]) expect((await api('GET', `/accounts/${ACCOUNT}/tokens`, t.value)).status).toBe(403);
    expect((await api('GET', `/accounts/${ACCOUNT}/tokens`, here.value)).status).toBe(200);
  });

  test('authorizeEndpoint alone: the reason names the groups and the place', () => {
    const token: StoredToken = {
      id: 'x'.repeat(32),
      owner: { kind: 'account', accountId: ACCOUNT },
      name: 'n',
      status: 'active',
      issued_on: '2020-01-01T00:00:00Z',
      modified_on: '2020-01-01T00:00:00Z',
      policies: [{ id: 'p'.repeat(32), effect: 'allow', permission_groups: [{ id: G.r2StorageWrite, name: 'Workers R2 Storage Write' }], resources: { [accountKey()]: '*' } }],
    };
    const d = authorizeEndpoint(token, ACCOUNT_TOKENS_READ, { kind: 'account', accountId: ACCOUNT }, '127.0.0.1', new Date());
    expect(d).toEqual({ allowed: false, reason: `no policy allows any of ${G.accountTokensWrite}, ${G.accountTokensRead} on account ${ACCOUNT}` });
  });
});
