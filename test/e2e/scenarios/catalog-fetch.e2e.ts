/**
 * scripts/fetch-permission-groups.ts against the local API: the catalog it writes is what the API serves
 * (the local API's own fixture list, not the library's data file), with the file's own fields kept.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { FakeCloudflare, loadDefaultPermissionGroups, startFakeCloudflare } from '../support/fake-cloudflare';
import { runProcess } from '../support/process';

const REPO = resolve(__dirname, '../../..');
const ACCOUNT_ID = 'e2e0000000000000000000000000ca7a';
const API_TOKEN = 'e2e-catalog-token-0123456789abcdefghijkl';
const API_TOKENS_READ = '0cc3a61731504c89b99ec1be78b77aa0';

describe('catalog:fetch', () => {
  let fake: FakeCloudflare;
  let dir: string;
  beforeAll(async () => {
    fake = await startFakeCloudflare({ apiToken: API_TOKEN, accountIds: [ACCOUNT_ID] });
    dir = mkdtempSync(join(tmpdir(), 'cdktf-cf-tokens-catalog-'));
  });
  afterAll(async () => {
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('rewrites the data file from the account and user lists, merged by id, keeping its description and notes', async () => {
    const out = join(dir, 'permission-groups.json');
    copyFileSync(join(REPO, 'data', 'permission-groups.json'), out);
    const run = await runProcess(join(REPO, 'node_modules', '.bin', 'ts-node'), ['--transpile-only', '-P', join(REPO, 'tsconfig.dev.json'), join(REPO, 'scripts', 'fetch-permission-groups.ts'), '--out', out], {
      cwd: REPO,
      env: { ...process.env, CLOUDFLARE_API_TOKEN: API_TOKEN, CLOUDFLARE_ACCOUNT_ID: ACCOUNT_ID, CLOUDFLARE_BASE_URL: fake.baseUrl },
      timeoutMs: 120_000,
    });
    expect(run.code).toBe(0);
    const original = JSON.parse(readFileSync(join(REPO, 'data', 'permission-groups.json'), 'utf8'));
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.about).toBe(original.about);
    const key = (g: any) => `${g.id} ${g.name} ${[...g.scopes].sort().join(',')}`;
    expect(written.groups.map(key).sort()).toEqual(loadDefaultPermissionGroups().map(key).sort());
    // A group that was already in the file keeps its notes ("API Tokens Read" is user-only: it comes from the user list).
    const notesOf = (file: any) => file.groups.find((g: any) => g.id === API_TOKENS_READ).notes;
    expect(notesOf(original)).toEqual([expect.any(String)]);
    expect(notesOf(written)).toEqual(notesOf(original));
    expect(fake.requests.filter((r) => r.path.endsWith('/tokens/permission_groups')).map((r) => r.status)).toEqual([200, 200]);
  });

  test("fails with the API's error when the token is refused", async () => {
    const run = await runProcess(join(REPO, 'node_modules', '.bin', 'ts-node'), ['--transpile-only', '-P', join(REPO, 'tsconfig.dev.json'), join(REPO, 'scripts', 'fetch-permission-groups.ts'), '--out', join(dir, 'unused.json')], {
      cwd: REPO,
      env: { ...process.env, CLOUDFLARE_API_TOKEN: 'wrong-token-0123456789abcdefghijklmnopqr', CLOUDFLARE_ACCOUNT_ID: ACCOUNT_ID, CLOUDFLARE_BASE_URL: fake.baseUrl },
      timeoutMs: 120_000,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/catalog:fetch: GET \/accounts\/.*\/tokens\/permission_groups failed with HTTP 40[13]/);
  });
});
