/**
 * Tests of the fake Cloudflare API + R2 S3 endpoint itself (the folder above), over plain
 * HTTP and the AWS SDK. The provider-level proof is test/e2e/fake-provider-smoke.e2e.ts.
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { Sha256 } from '@aws-crypto/sha256-js';
import {
  GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, DeleteObjectCommand, DeleteObjectsCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { FakeCloudflare, loadDefaultPermissionGroups, R2_GROUPS, r2Credentials, startFakeCloudflare } from '..';

const API_TOKEN = 'Fk_' + randomBytes(40).toString('base64url').slice(0, 37);
const ACCOUNT = 'a'.repeat(8) + randomBytes(12).toString('hex');
const OTHER_ACCOUNT = 'b'.repeat(8) + randomBytes(12).toString('hex');
const UNKNOWN_ACCOUNT = 'c'.repeat(32);

const bucketKey = (bucket: string, jurisdiction = 'default', account = ACCOUNT) => `com.cloudflare.edge.r2.bucket.${account}_${jurisdiction}_${bucket}`;
const accountKey = (account = ACCOUNT) => `com.cloudflare.api.account.${account}`;

let fake: FakeCloudflare;
let clockOffsetMs = 0;
/** Every token value and secret handed out, to prove none leaks into logs or state. */
const secrets: string[] = [];

interface Envelope {
  success: boolean;
  errors: Array<{ code: number; message: string }>;
  messages: unknown[];
  result: any;
  result_info?: any;
}

async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, token: string | null = API_TOKEN) {
  const res = await fetch(`${fake.baseUrl}${path}`, {
    method,
    headers: {
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as Envelope };
}

interface Created { id: string; value: string }

async function createToken(policies: unknown[], extra: Record<string, unknown> = {}, path = `/accounts/${ACCOUNT}/tokens`): Promise<Created> {
  const r = await api('POST', path, { name: `t-${randomBytes(3).toString('hex')}`, policies, ...extra });
  if (r.status !== 200) throw new Error(`create token failed: ${r.status} ${JSON.stringify(r.json.errors)}`);
  secrets.push(r.json.result.value, r2Credentials(r.json.result).secretAccessKey);
  return { id: r.json.result.id, value: r.json.result.value };
}

function policy(groups: string[], resources: Record<string, unknown>, effect = 'allow') {
  return { effect, permission_groups: groups.map((id) => ({ id })), resources };
}

function s3For(token: Created, jurisdiction: 'default' | 'eu' = 'default', account = ACCOUNT): S3Client {
  return new S3Client({
    endpoint: fake.s3Endpoint(account, jurisdiction),
    forcePathStyle: true,
    region: 'auto',
    credentials: r2Credentials(token),
    maxAttempts: 1,
  });
}

async function s3Error(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { name: string }).name;
  }
  return 'no error';
}

async function readAll(body: unknown): Promise<string> {
  return (body as { transformToString(): Promise<string> }).transformToString();
}

beforeAll(async () => {
  fake = await startFakeCloudflare({
    apiToken: API_TOKEN,
    accountIds: [ACCOUNT, OTHER_ACCOUNT],
    now: () => new Date(Date.now() + clockOffsetMs),
  });
});

afterAll(async () => {
  await fake?.close();
});

describe('API envelope and auth', () => {
  test('missing, malformed and unknown bearer tokens get 401 in the v4 envelope', async () => {
    const missing = await api('GET', '/user/tokens', undefined, {}, null);
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual({ success: false, errors: [{ code: 9106, message: expect.any(String) }], messages: [], result: null });
    const malformed = await api('GET', '/user/tokens', undefined, { authorization: 'Basic abc' }, null);
    expect(malformed.status).toBe(401);
    expect(malformed.json.errors[0].code).toBe(6003);
    const unknown = await api('GET', '/user/tokens', undefined, {}, 'x'.repeat(40));
    expect(unknown.status).toBe(401);
    expect(unknown.json.errors).toEqual([{ code: 1000, message: 'Invalid API Token' }]);
  });

  test('unknown routes and methods', async () => {
    expect((await api('GET', '/zones')).json.errors[0].code).toBe(7000);
    expect((await api('PATCH', '/user/tokens')).status).toBe(405);
  });

  test('verify the fake API token', async () => {
    const r = await api('GET', '/user/tokens/verify');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ success: true, errors: [], result: { id: fake.apiTokenId, status: 'active' } });
  });

  test('accounts: malformed id 404 (7003), unknown id 403 (9109)', async () => {
    const malformed = await api('GET', '/accounts/not-an-id/tokens');
    expect(malformed.status).toBe(404);
    expect(malformed.json.errors[0].code).toBe(7003);
    const unknown = await api('GET', `/accounts/${UNKNOWN_ACCOUNT}/tokens`);
    expect(unknown.status).toBe(403);
    expect(unknown.json.errors[0].code).toBe(9109);
  });
});

describe('permission groups', () => {
  test('account list: name and scope filters, no user-only groups', async () => {
    const all = await api('GET', `/accounts/${ACCOUNT}/tokens/permission_groups`);
    expect(all.status).toBe(200);
    const groups = all.json.result as Array<{ id: string; name: string; scopes: string[] }>;
    const fixture = loadDefaultPermissionGroups();
    const accountUsable = fixture.filter((g) => g.scopes.some((s) => s !== 'com.cloudflare.api.user'));
    expect(accountUsable.length).toBeLessThan(fixture.length);
    expect(groups.map((g) => g.id).sort()).toEqual(accountUsable.map((g) => g.id).sort());

    const byName = await api('GET', `/accounts/${ACCOUNT}/tokens/permission_groups?name=${encodeURIComponent('Workers R2 Storage Read')}`);
    expect(byName.json.result).toEqual([{ id: R2_GROUPS.storageRead, name: 'Workers R2 Storage Read', scopes: ['com.cloudflare.api.account'] }]);

    // The Go SDK form-encodes queries: spaces arrive as '+'.
    const plus = await api('GET', `/accounts/${ACCOUNT}/tokens/permission_groups?name=Workers+R2+Storage+Bucket+Item+Write`);
    expect(plus.json.result.map((g: { id: string }) => g.id)).toEqual([R2_GROUPS.bucketItemWrite]);

    const logsZone = await api('GET', `/accounts/${ACCOUNT}/tokens/permission_groups?name=Logs%20Read&scope=com.cloudflare.api.account.zone`);
    expect(logsZone.json.result).toHaveLength(1);
    expect(logsZone.json.result[0].scopes).toEqual(['com.cloudflare.api.account.zone']);
  });

  test('user list includes user-scoped groups', async () => {
    const r = await api('GET', '/user/tokens/permission_groups?scope=com.cloudflare.api.user');
    expect(r.json.result).toEqual([
      { id: '0cc3a61731504c89b99ec1be78b77aa0', name: 'API Tokens Read', scopes: ['com.cloudflare.api.user'] },
      { id: '686d18d5ac6c441c867cbf6771e58a0a', name: 'API Tokens Write', scopes: ['com.cloudflare.api.user'] },
    ]);
  });

  test("serves its own fixture list, not the library's catalog: a library-only group is refused", async () => {
    // "Zone Write" is in data/permission-groups.json but not in the local API's fixture list.
    const zoneWrite = 'e6d2666161e84845a636613608cee8d5';
    const r = await api('POST', '/user/tokens', { name: 'x', policies: [policy([zoneWrite], { 'com.cloudflare.api.account.zone.*': '*' })] });
    expect(r.status).toBe(400);
    expect(r.json.errors).toEqual([{ code: 1001, message: expect.stringContaining(zoneWrite) }]);
  });
});

describe('tokens', () => {
  test('value only at create; read, list and update never return it; resources are compact sorted JSON', async () => {
    // A policy uses either "*" values or nested objects (see the nesting tests); one of each, keys unsorted.
    const resources = { [bucketKey('zeta')]: '*', [bucketKey('alpha')]: '*' };
    const nested = { [accountKey()]: { 'com.cloudflare.edge.r2.bucket.*': '*', 'com.cloudflare.api.account.zone.*': '*' } };
    const create = await api('POST', `/accounts/${ACCOUNT}/tokens`, {
      name: 'first',
      policies: [policy([R2_GROUPS.bucketItemRead], resources), policy([R2_GROUPS.storageRead], nested)],
    });
    expect(create.status).toBe(200);
    const t = create.json.result;
    secrets.push(t.value);
    expect(t.id).toMatch(/^[0-9a-f]{32}$/);
    expect(t.value).toMatch(/^[A-Za-z0-9_-]{40}$/);
    expect(t).toMatchObject({ name: 'first', status: 'active', issued_on: expect.any(String), modified_on: expect.any(String) });
    expect(t.policies[0]).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      effect: 'allow',
      permission_groups: [{ id: R2_GROUPS.bucketItemRead, name: 'Workers R2 Storage Bucket Item Read' }],
      resources,
    });
    // Exactly what Terraform's jsonencode() writes: compact, keys sorted.
    const sortedCompact = JSON.stringify({ [bucketKey('alpha')]: '*', [bucketKey('zeta')]: '*' });
    expect(create.text).toContain(`"resources":${sortedCompact}`);
    const nestedSorted = JSON.stringify({ [accountKey()]: { 'com.cloudflare.api.account.zone.*': '*', 'com.cloudflare.edge.r2.bucket.*': '*' } });
    expect(create.text).toContain(`"resources":${nestedSorted}`);

    const get = await api('GET', `/accounts/${ACCOUNT}/tokens/${t.id}`);
    expect(get.status).toBe(200);
    expect(get.json.result.value).toBeUndefined();
    expect(get.text).toContain(`"resources":${sortedCompact}`);
    const list = await api('GET', `/accounts/${ACCOUNT}/tokens`);
    expect(list.json.result.some((x: { id: string }) => x.id === t.id)).toBe(true);
    expect(list.text).not.toContain(t.value);
    expect(list.json.result_info).toMatchObject({ page: 1, total_count: expect.any(Number) });

    const update = await api('PUT', `/accounts/${ACCOUNT}/tokens/${t.id}`, {
      name: 'renamed',
      policies: [policy([R2_GROUPS.bucketItemRead, R2_GROUPS.bucketItemWrite], { [bucketKey('zeta')]: '*' })],
      condition: { request_ip: { in: ['10.0.0.0/8'] } },
    });
    expect(update.status).toBe(200);
    expect(update.json.result).toMatchObject({ id: t.id, name: 'renamed', condition: { request_ip: { in: ['10.0.0.0/8'] } } });
    expect(update.json.result.condition.request_ip.not_in).toBeUndefined();
    expect(update.json.result.value).toBeUndefined();
    expect(fake.state.tokens.get(t.id)?.policies[0].permission_groups).toHaveLength(2);

    expect((await api('DELETE', `/accounts/${ACCOUNT}/tokens/${t.id}`)).json.result).toEqual({ id: t.id });
    const gone = await api('GET', `/accounts/${ACCOUNT}/tokens/${t.id}`);
    expect(gone.status).toBe(404);
    expect(gone.json.success).toBe(false);
  });

  test('account and user tokens are separate collections', async () => {
    const user = await createToken([policy([R2_GROUPS.storageRead], { [accountKey()]: '*' })], {}, '/user/tokens');
    expect((await api('GET', `/user/tokens/${user.id}`)).status).toBe(200);
    expect((await api('GET', `/accounts/${ACCOUNT}/tokens/${user.id}`)).status).toBe(404);
    expect(fake.state.userTokens().map((t) => t.id)).toContain(user.id);
  });

  test('an issued token can verify itself; other endpoints need their groups (see api-access.test.ts)', async () => {
    const acct = await createToken([policy([R2_GROUPS.storageRead], { [accountKey()]: '*' })]);
    const ok = await api('GET', `/accounts/${ACCOUNT}/tokens/verify`, undefined, {}, acct.value);
    expect(ok.json.result).toEqual({ id: acct.id, status: 'active' });
    expect((await api('GET', '/user/tokens/verify', undefined, {}, acct.value)).status).toBe(401);
    const other = await api('GET', `/accounts/${ACCOUNT}/tokens`, undefined, {}, acct.value);
    expect(other.status).toBe(403);
    expect(other.json.errors[0].code).toBe(9109);
  });

  test('errors: unknown ids, unknown permission group, bad resources, zone key on account token', async () => {
    expect((await api('GET', `/accounts/${ACCOUNT}/tokens/${'0'.repeat(32)}`)).status).toBe(404);
    expect((await api('GET', `/accounts/${ACCOUNT}/tokens/nope`)).json.errors[0].code).toBe(7003);

    const badGroup = 'f'.repeat(32);
    const pg = await api('POST', `/accounts/${ACCOUNT}/tokens`, { name: 'x', policies: [policy([badGroup], { [accountKey()]: '*' })] });
    expect(pg.status).toBe(400);
    expect(pg.json.errors[0].message).toContain(badGroup);

    const asString = await api('POST', `/accounts/${ACCOUNT}/tokens`, {
      name: 'x', policies: [{ effect: 'allow', permission_groups: [{ id: R2_GROUPS.storageRead }], resources: JSON.stringify({ [accountKey()]: '*' }) }],
    });
    expect(asString.status).toBe(400);
    const badValue = await api('POST', `/accounts/${ACCOUNT}/tokens`, { name: 'x', policies: [policy([R2_GROUPS.storageRead], { [accountKey()]: 'read' })] });
    expect(badValue.status).toBe(400);
    const empty = await api('POST', `/accounts/${ACCOUNT}/tokens`, { name: 'x', policies: [policy([R2_GROUPS.storageRead], {})] });
    expect(empty.status).toBe(400);

    const zone = await api('POST', `/accounts/${ACCOUNT}/tokens`, {
      name: 'x', policies: [policy([R2_GROUPS.storageRead], { 'com.cloudflare.api.account.zone.*': '*' })],
    });
    expect(zone.status).toBe(400);
    expect(zone.json.errors[0].message).toBe('Must specify a zone for account owned tokens, or nest zone under specific account resource');
    // Nested under the account it is fine, and user tokens may use the top-level key.
    await createToken([policy([R2_GROUPS.storageRead], { [accountKey()]: { 'com.cloudflare.api.account.zone.*': '*' } })]);
    await createToken([policy([R2_GROUPS.storageRead], { 'com.cloudflare.api.account.zone.*': '*' })], {}, '/user/tokens');

    const otherAccount = await api('POST', `/accounts/${ACCOUNT}/tokens`, { name: 'x', policies: [policy([R2_GROUPS.storageRead], { [accountKey(OTHER_ACCOUNT)]: '*' })] });
    expect(otherAccount.status).toBe(400);
    expect(fake.state.accountTokens(ACCOUNT).some((t) => t.name === 'x')).toBe(false);

    const badIp = await api('POST', '/user/tokens', { name: 'x', policies: [policy([R2_GROUPS.storageRead], { [accountKey()]: '*' })], condition: { request_ip: { in: ['300.1.1.1/8'] } } });
    expect(badIp.status).toBe(400);
  });
});

describe('resources nesting: what the API documents (see README.md, "Resources: what the API accepts")', () => {
  const ZONE = 'd'.repeat(32);
  const create = (resources: unknown, path = `/accounts/${ACCOUNT}/tokens`) =>
    api('POST', path, { name: 'nesting', policies: [{ effect: 'allow', permission_groups: [{ id: R2_GROUPS.storageRead }], resources }] });

  test.each([
    ['all zones of one account', { [accountKey()]: { 'com.cloudflare.api.account.zone.*': '*' } }],
    ['one zone of one account', { [accountKey()]: { [`com.cloudflare.api.account.zone.${ZONE}`]: '*' } }],
    ['all R2 buckets of one account', { [accountKey()]: { 'com.cloudflare.edge.r2.bucket.*': '*' } }],
    ['zones and buckets under the same account', { [accountKey()]: { 'com.cloudflare.api.account.zone.*': '*', 'com.cloudflare.edge.r2.bucket.*': '*' } }],
  ])('accepts %s', async (_what, resources) => {
    const r = await create(resources);
    expect({ status: r.status, errors: r.json.errors }).toEqual({ status: 200, errors: [] });
    secrets.push(r.json.result.value, r2Credentials(r.json.result).secretAccessKey);
  });

  test.each([
    ['nesting under all accounts', { 'com.cloudflare.api.account.*': { 'com.cloudflare.api.account.zone.*': '*' } }, 'can only be nested under a specific account'],
    ['nesting under a zone', { [`com.cloudflare.api.account.zone.${ZONE}`]: { 'com.cloudflare.edge.r2.bucket.*': '*' } }, 'can only be nested under a specific account'],
    ['a specific bucket nested under the account', { [accountKey()]: { [bucketKey('alpha')]: '*' } }, 'cannot be nested under'],
    ['an account nested under an account', { [accountKey()]: { [accountKey(OTHER_ACCOUNT)]: '*' } }, 'cannot be nested under'],
    ['two levels of nesting', { [accountKey()]: { 'com.cloudflare.api.account.zone.*': { 'com.cloudflare.api.account.zone.*': '*' } } }, 'expected "*"'],
    ['"*" values mixed with nested objects', { [accountKey()]: { 'com.cloudflare.api.account.zone.*': '*' }, [bucketKey('alpha')]: '*' }, 'mix "*" values'],
  ])('refuses %s with a 400 in the v4 envelope (code 1001)', async (_what, resources, message) => {
    for (const path of [`/accounts/${ACCOUNT}/tokens`, '/user/tokens']) {
      const r = await create(resources, path);
      expect({ path, status: r.status }).toEqual({ path, status: 400 });
      expect(r.json).toEqual({ success: false, errors: [{ code: 1001, message: expect.stringContaining(message) }], messages: [], result: null });
    }
  });
});

describe('R2 bucket API', () => {
  test('create, list, get, jurisdictions, conflicts, delete', async () => {
    const base = `/accounts/${ACCOUNT}/r2/buckets`;
    const c = await api('POST', base, { name: 'api-bucket' });
    expect(c.status).toBe(200);
    expect(c.json.result).toMatchObject({ name: 'api-bucket', jurisdiction: 'default', storage_class: 'Standard', location: expect.any(String), creation_date: expect.any(String) });
    const eu = await api('POST', base, { name: 'api-bucket', locationHint: 'weur' }, { 'cf-r2-jurisdiction': 'eu' });
    expect(eu.json.result).toMatchObject({ jurisdiction: 'eu', location: 'weur' });
    expect((await api('POST', base, { name: 'api-bucket' })).status).toBe(409);
    expect((await api('POST', base, { name: 'Bad_Name' })).json.errors[0].code).toBe(10005);

    const listDefault = await api('GET', base);
    expect(listDefault.json.result.buckets.map((b: { name: string }) => b.name)).toContain('api-bucket');
    expect((await api('GET', `${base}/api-bucket`, undefined, { 'cf-r2-jurisdiction': 'fedramp' })).status).toBe(404);

    fake.state.putObject(ACCOUNT, 'default', 'api-bucket', 'k', 'v');
    const notEmpty = await api('DELETE', `${base}/api-bucket`);
    expect(notEmpty.status).toBe(409);
    expect(notEmpty.json.errors[0].code).toBe(10008);
    fake.state.getBucket(ACCOUNT, 'default', 'api-bucket')!.objects.clear();
    expect((await api('DELETE', `${base}/api-bucket`)).status).toBe(200);
    const missing = await api('GET', `${base}/api-bucket`);
    expect(missing.status).toBe(404);
    expect(missing.json.errors[0].code).toBe(10006);
    expect((await api('GET', `${base}/api-bucket`, undefined, { 'cf-r2-jurisdiction': 'eu' })).status).toBe(200);
  });
});

describe('S3 endpoint', () => {
  let rw: Created;

  beforeAll(async () => {
    for (const [name, j] of [['alpha', 'default'], ['beta', 'default'], ['alpha', 'eu']] as const) {
      const r = await api('POST', `/accounts/${ACCOUNT}/r2/buckets`, { name }, { 'cf-r2-jurisdiction': j });
      expect(r.status).toBe(200);
    }
    fake.state.putObject(ACCOUNT, 'default', 'beta', 'b.txt', 'in beta');
    fake.state.putObject(ACCOUNT, 'eu', 'alpha', 'eu.txt', 'in eu');
    rw = await createToken([policy([R2_GROUPS.bucketItemWrite], { [bucketKey('alpha')]: '*' })]);
  });

  test('header-signed PUT, GET, HEAD, ListObjectsV2 (incl. streaming aws-chunked upload)', async () => {
    const s3 = s3For(rw);
    await s3.send(new PutObjectCommand({ Bucket: 'alpha', Key: 'dir/hello world+1.txt', Body: 'hello', ContentType: 'text/plain' }));
    await s3.send(new PutObjectCommand({ Bucket: 'alpha', Key: 'dir/sub/deep.bin', Body: Buffer.from([1, 2, 3]) }));
    await s3.send(new PutObjectCommand({ Bucket: 'alpha', Key: 'stream.txt', Body: Readable.from([Buffer.from('streamed '), Buffer.from('body')]), ContentLength: 13 }));
    expect(fake.state.getObject(ACCOUNT, 'default', 'alpha', 'stream.txt')?.body.toString()).toBe('streamed body');

    const got = await s3.send(new GetObjectCommand({ Bucket: 'alpha', Key: 'dir/hello world+1.txt' }));
    expect(await readAll(got.Body)).toBe('hello');
    expect(got.ContentType).toBe('text/plain');
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'alpha', Key: 'dir/sub/deep.bin' }));
    expect(head.ContentLength).toBe(3);

    const list = await s3.send(new ListObjectsV2Command({ Bucket: 'alpha', Prefix: 'dir/', Delimiter: '/' }));
    expect(list.Contents?.map((o) => o.Key)).toEqual(['dir/hello world+1.txt']);
    expect(list.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['dir/sub/']);
    const page1 = await s3.send(new ListObjectsV2Command({ Bucket: 'alpha', MaxKeys: 2 }));
    expect(page1.IsTruncated).toBe(true);
    const page2 = await s3.send(new ListObjectsV2Command({ Bucket: 'alpha', MaxKeys: 2, ContinuationToken: page1.NextContinuationToken }));
    expect([...(page1.Contents ?? []), ...(page2.Contents ?? [])].map((o) => o.Key)).toEqual(['dir/hello world+1.txt', 'dir/sub/deep.bin', 'stream.txt']);

    expect(await s3Error(s3.send(new GetObjectCommand({ Bucket: 'alpha', Key: 'missing' })))).toBe('NoSuchKey');
    const log = fake.requests.filter((r) => r.service === 's3' && r.accessKeyId === rw.id);
    expect(log.map((r) => `${r.operation} ${r.status}`)).toEqual([
      'PutObject 200', 'PutObject 200', 'PutObject 200', 'GetObject 200', 'HeadObject 200',
      'ListObjectsV2 200', 'ListObjectsV2 200', 'ListObjectsV2 200', 'GetObject 404',
    ]);
    expect(log.every((r) => r.auth === 'header')).toBe(true);
    expect(fake.state.tokens.get(rw.id)?.last_used_on).toBeDefined();
  });

  test('presigned GET via getSignedUrl + plain fetch; tampered and expired URLs refused', async () => {
    fake.state.putObject(ACCOUNT, 'default', 'alpha', 'presigned/file.txt', 'presigned body');
    const s3 = s3For(rw);
    const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'alpha', Key: 'presigned/file.txt' }), { expiresIn: 60 });
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('presigned body');
    expect(fake.requests.filter((r) => r.auth === 'presigned').map((r) => `${r.operation} ${r.status}`)).toEqual(['GetObject 200']);
    // The log keeps the path only: no signature or credential from the query.
    expect(JSON.stringify(fake.requests)).not.toContain('X-Amz-Signature');

    const tampered = await fetch(url.replace('presigned%2Ffile.txt', 'presigned%2Fother.txt').replace('presigned/file.txt', 'presigned/other.txt'));
    expect(tampered.status).toBe(403);
    expect(await tampered.text()).toContain('<Code>SignatureDoesNotMatch</Code>');

    const old = await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'alpha', Key: 'presigned/file.txt' }), {
      expiresIn: 60, signingDate: new Date(Date.now() - 10 * 60 * 1000),
    });
    const expired = await fetch(old);
    expect(expired.status).toBe(400);
    expect(await expired.text()).toContain('<Code>ExpiredRequest</Code>');

    const putUrl = await getSignedUrl(s3, new PutObjectCommand({ Bucket: 'alpha', Key: 'presigned/upload.txt' }), { expiresIn: 60 });
    const put = await fetch(putUrl, { method: 'PUT', body: 'uploaded' });
    expect(put.status).toBe(200);
    expect(fake.state.getObject(ACCOUNT, 'default', 'alpha', 'presigned/upload.txt')?.body.toString()).toBe('uploaded');
  });

  test('wrong secret, unknown key id and clock skew are refused', async () => {
    const wrong = new S3Client({
      endpoint: fake.s3Endpoint(ACCOUNT),
      forcePathStyle: true,
      region: 'auto',
      maxAttempts: 1,
      credentials: { accessKeyId: rw.id, secretAccessKey: r2Credentials({ id: rw.id, value: 'y'.repeat(40) }).secretAccessKey },
    });
    expect(await s3Error(wrong.send(new GetObjectCommand({ Bucket: 'alpha', Key: 'stream.txt' })))).toBe('SignatureDoesNotMatch');
    const unknown = s3For({ id: 'e'.repeat(32), value: 'z'.repeat(40) });
    expect(await s3Error(unknown.send(new GetObjectCommand({ Bucket: 'alpha', Key: 'stream.txt' })))).toBe('InvalidAccessKeyId');
    const plain = await fetch(`${fake.s3Endpoint(ACCOUNT)}/alpha/stream.txt`);
    expect(plain.status).toBe(401);

    // A request signed an hour ago, by a non-SDK client (SignatureV4 directly).
    const endpoint = new URL(fake.s3Endpoint(ACCOUNT));
    const signer = new SignatureV4({ credentials: r2Credentials(rw), region: 'auto', service: 's3', sha256: Sha256, uriEscapePath: false });
    const req = new HttpRequest({
      method: 'GET',
      protocol: 'http:',
      hostname: endpoint.hostname,
      port: Number(endpoint.port),
      path: `${endpoint.pathname}/alpha/stream.txt`,
      headers: { 'host': endpoint.host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    });
    const signedNow = await signer.sign(req);
    const okRes = await fetch(`${endpoint.origin}${req.path}`, { headers: signedNow.headers });
    expect(okRes.status).toBe(200);
    const signedOld = await signer.sign(req, { signingDate: new Date(Date.now() - 60 * 60 * 1000) });
    const skewed = await fetch(`${endpoint.origin}${req.path}`, { headers: signedOld.headers });
    expect(skewed.status).toBe(403);
    expect(await skewed.text()).toContain('<Code>RequestTimeTooSkewed</Code>');
  });

  test('read-only token cannot PUT; bucket-A token cannot read bucket B nor the same name in another jurisdiction', async () => {
    const ro = s3For(await createToken([policy([R2_GROUPS.bucketItemRead], { [bucketKey('alpha')]: '*' })]));
    expect(await readAll((await ro.send(new GetObjectCommand({ Bucket: 'alpha', Key: 'stream.txt' }))).Body)).toBe('streamed body');
    expect(await s3Error(ro.send(new PutObjectCommand({ Bucket: 'alpha', Key: 'nope', Body: 'x' })))).toBe('AccessDenied');
    expect(await s3Error(ro.send(new GetObjectCommand({ Bucket: 'beta', Key: 'b.txt' })))).toBe('AccessDenied');
    const alphaToken = fake.requests.length;
    expect(await s3Error(s3For(rw).send(new GetObjectCommand({ Bucket: 'beta', Key: 'b.txt' })))).toBe('AccessDenied');
    expect(await s3Error(s3For(rw, 'eu').send(new GetObjectCommand({ Bucket: 'alpha', Key: 'eu.txt' })))).toBe('AccessDenied');
    expect(fake.requests.slice(alphaToken).every((r) => r.status === 403)).toBe(true);
  });

  test('Bucket Item Write alone reads, writes and lists: Cloudflare documents it as "Can read, write, and list objects in buckets"', async () => {
    // developers.cloudflare.com/r2/api/tokens/ ("Permission groups"; dashboard name "Object Read & Write").
    // The library's R2Access.WRITE (this group only) is documented to match.
    const writer = s3For(await createToken([policy([R2_GROUPS.bucketItemWrite], { [bucketKey('beta')]: '*' })]));
    await writer.send(new PutObjectCommand({ Bucket: 'beta', Key: 'written.txt', Body: 'by a writer' }));
    expect(await readAll((await writer.send(new GetObjectCommand({ Bucket: 'beta', Key: 'written.txt' }))).Body)).toBe('by a writer');
    expect(await s3Error(writer.send(new HeadObjectCommand({ Bucket: 'beta', Key: 'b.txt' })))).toBe('no error');
    const listed = await writer.send(new ListObjectsV2Command({ Bucket: 'beta' }));
    expect(listed.Contents?.map((o) => o.Key)).toContain('written.txt');
    // "Object Read only" does not write.
    const reader = s3For(await createToken([policy([R2_GROUPS.bucketItemRead], { [bucketKey('beta')]: '*' })]));
    expect(await s3Error(reader.send(new PutObjectCommand({ Bucket: 'beta', Key: 'nope', Body: 'x' })))).toBe('AccessDenied');
  });

  test('account-level groups on a bucket key, account key, nested all-buckets key', async () => {
    const bucketScoped = s3For(await createToken([policy([R2_GROUPS.storageRead, R2_GROUPS.storageWrite], { [bucketKey('beta')]: '*' })]));
    await bucketScoped.send(new PutObjectCommand({ Bucket: 'beta', Key: 'beta.txt', Body: 'beta' }));
    expect(await s3Error(bucketScoped.send(new GetObjectCommand({ Bucket: 'alpha', Key: 'stream.txt' })))).toBe('AccessDenied');

    const accountWide = s3For(await createToken([policy([R2_GROUPS.storageRead], { [accountKey()]: '*' })]));
    expect(await readAll((await accountWide.send(new GetObjectCommand({ Bucket: 'beta', Key: 'beta.txt' }))).Body)).toBe('beta');
    expect(await s3Error(accountWide.send(new GetObjectCommand({ Bucket: 'nope', Key: 'x' })))).toBe('NoSuchBucket');
    expect(await s3Error(accountWide.send(new PutObjectCommand({ Bucket: 'beta', Key: 'x', Body: 'x' })))).toBe('AccessDenied');

    const nested = s3For(await createToken([policy([R2_GROUPS.bucketItemRead], { [accountKey()]: { 'com.cloudflare.edge.r2.bucket.*': '*' } })]));
    expect(await readAll((await nested.send(new GetObjectCommand({ Bucket: 'alpha', Key: 'stream.txt' }))).Body)).toBe('streamed body');
    expect(await readAll((await nested.send(new GetObjectCommand({ Bucket: 'beta', Key: 'b.txt' }))).Body)).toBe('in beta');

    const user = s3For(await createToken([policy([R2_GROUPS.bucketItemRead], { [bucketKey('beta')]: '*' })], {}, '/user/tokens'));
    expect(await readAll((await user.send(new GetObjectCommand({ Bucket: 'beta', Key: 'b.txt' }))).Body)).toBe('in beta');
  });

  test('deny beats allow', async () => {
    const t = s3For(await createToken([
      policy([R2_GROUPS.storageWrite], { [accountKey()]: '*' }),
      policy([R2_GROUPS.bucketItemRead], { [bucketKey('alpha')]: '*' }, 'deny'),
    ]));
    expect(await s3Error(t.send(new GetObjectCommand({ Bucket: 'alpha', Key: 'stream.txt' })))).toBe('AccessDenied');
    expect(await readAll((await t.send(new GetObjectCommand({ Bucket: 'beta', Key: 'b.txt' }))).Body)).toBe('in beta');
    // Denying reads leaves writes allowed.
    await t.send(new PutObjectCommand({ Bucket: 'alpha', Key: 'written-by-deny-token', Body: 'w' }));
  });

  test('disabled, expired, not-yet-valid tokens and request_ip conditions are refused', async () => {
    const grant = [policy([R2_GROUPS.bucketItemRead], { [bucketKey('alpha')]: '*' })];
    const get = (c: S3Client) => s3Error(c.send(new GetObjectCommand({ Bucket: 'alpha', Key: 'stream.txt' })));
    const hourAgo = new Date(Date.now() - 3600_000).toISOString();
    const inAnHour = new Date(Date.now() + 3600_000).toISOString();

    expect(await get(s3For(await createToken(grant, { status: 'disabled' })))).toBe('AccessDenied');
    const expired = await createToken(grant, { expires_on: hourAgo });
    expect(await get(s3For(expired))).toBe('AccessDenied');
    expect((await api('GET', `/accounts/${ACCOUNT}/tokens/${expired.id}`)).json.result.status).toBe('expired');
    expect(await get(s3For(await createToken(grant, { not_before: inAnHour })))).toBe('AccessDenied');
    expect(await get(s3For(await createToken(grant, { condition: { request_ip: { not_in: ['127.0.0.1/32'] } } })))).toBe('AccessDenied');
    expect(await get(s3For(await createToken(grant, { condition: { request_ip: { in: ['10.0.0.0/8'] } } })))).toBe('AccessDenied');
    expect(await get(s3For(await createToken(grant, { condition: { request_ip: { in: ['127.0.0.0/8', '::1/128'] } } })))).toBe('no error');

    // Disabling through the API takes effect at once.
    const t = await createToken(grant);
    expect(await get(s3For(t))).toBe('no error');
    const body = { name: 'now-disabled', policies: grant, status: 'disabled' };
    expect((await api('PUT', `/accounts/${ACCOUNT}/tokens/${t.id}`, body)).json.result.status).toBe('disabled');
    expect(await get(s3For(t))).toBe('AccessDenied');
  });

  test('clock control: a token expiring later is refused once the fake clock passes expires_on', async () => {
    const t = await createToken([policy([R2_GROUPS.bucketItemRead], { [bucketKey('alpha')]: '*' })], { expires_on: new Date(Date.now() + 3600_000).toISOString() });
    const c = s3For(t);
    expect(await s3Error(c.send(new HeadObjectCommand({ Bucket: 'alpha', Key: 'stream.txt' })))).toBe('no error');
    // Move the fake's clock 2 h ahead and sign with the same clock so only expiry differs.
    clockOffsetMs = 2 * 3600_000;
    try {
      const signed = new S3Client({
        endpoint: fake.s3Endpoint(ACCOUNT), forcePathStyle: true, region: 'auto', maxAttempts: 1, credentials: r2Credentials(t), systemClockOffset: clockOffsetMs,
      });
      expect(await s3Error(signed.send(new GetObjectCommand({ Bucket: 'alpha', Key: 'stream.txt' })))).toBe('AccessDenied');
    } finally {
      clockOffsetMs = 0;
    }
  });

  test('delete objects so buckets can be deleted through the API', async () => {
    const s3 = s3For(rw);
    const list = await s3.send(new ListObjectsV2Command({ Bucket: 'alpha' }));
    const keys = (list.Contents ?? []).map((o) => ({ Key: o.Key! }));
    await s3.send(new DeleteObjectsCommand({ Bucket: 'alpha', Delete: { Objects: keys.slice(1) } }));
    await s3.send(new DeleteObjectCommand({ Bucket: 'alpha', Key: keys[0].Key }));
    expect(fake.state.getBucket(ACCOUNT, 'default', 'alpha')?.objects.size).toBe(0);
    expect((await api('DELETE', `/accounts/${ACCOUNT}/r2/buckets/alpha`)).status).toBe(200);
  });

  test('no token value or S3 secret appears in the request log or the inspectable state', () => {
    const dump = JSON.stringify({ requests: fake.requests, tokens: [...fake.state.tokens.values()] });
    expect(secrets.length).toBeGreaterThan(10);
    for (const s of secrets) expect(dump).not.toContain(s);
    expect(dump).not.toContain(API_TOKEN);
  });
});
