/**
 * Refreshes data/permission-groups.json from the Cloudflare API:
 *   GET /accounts/{account_id}/tokens/permission_groups and GET /user/tokens/permission_groups.
 *
 * Needs CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID; CLOUDFLARE_BASE_URL points it at another API root.
 * Then run `npx projen catalog:generate` (the build does it too) to regenerate the TypeScript catalog.
 * Usage: npx projen catalog:fetch [--out path/to/permission-groups.json]
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { DataGroup, newConstantName } from './permission-group-constants';

interface ApiGroup {
  readonly id: string;
  readonly name: string;
  readonly scopes: string[];
}

const DEFAULT_BASE_URL = 'https://api.cloudflare.com/client/v4';
const MAX_PAGES = 100;
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * All groups of one list. Cloudflare answers these lists in a single page; should `result_info` ever
 * announce more pages, they are fetched too.
 */
async function fetchAll(baseUrl: string, path: string, apiToken: string): Promise<ApiGroup[]> {
  const first = await fetchPage(baseUrl, path, apiToken, 1);
  const totalPages = Math.min(first.totalPages, MAX_PAGES);
  const groups = [...first.groups];
  for (let page = 2; page <= totalPages; page++) groups.push(...(await fetchPage(baseUrl, path, apiToken, page)).groups);
  return groups;
}

async function fetchPage(baseUrl: string, path: string, apiToken: string, page: number): Promise<{ groups: ApiGroup[]; totalPages: number }> {
  const response = await fetch(`${baseUrl}${path}${page > 1 ? `?page=${page}` : ''}`, {
    headers: { Authorization: `Bearer ${apiToken}`, Accept: 'application/json' },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body = (await response.json().catch(() => undefined)) as any;
  if (!response.ok || !body?.success) {
    throw new Error(`GET ${path} failed with HTTP ${response.status}: ${JSON.stringify(body?.errors ?? response.statusText)}`);
  }
  const groups = (body.result as ApiGroup[]).map(({ id, name, scopes }) => ({ id, name, scopes }));
  return { groups, totalPages: Number(body.result_info?.total_pages ?? 1) };
}

/**
 * Merges the account and user lists by id (scopes united), keeping the constant and the notes of groups
 * already in the file; a new group gets a constant that no other group has (see permission-group-constants).
 */
export function mergeGroups(lists: ApiGroup[][], previous: DataGroup[]): DataGroup[] {
  const before = new Map(previous.map((g) => [g.id, g]));
  const scopesById = new Map<string, ApiGroup>();
  for (const group of lists.flat()) {
    const scopes = [...new Set([...(scopesById.get(group.id)?.scopes ?? []), ...group.scopes])].sort();
    scopesById.set(group.id, { id: group.id, name: group.name, scopes });
  }
  const merged = [...scopesById.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
  const taken = new Set(previous.map((g) => g.constant));
  const newNames = merged.filter((g) => !before.has(g.id)).map((g) => g.name);
  return merged.map((group) => {
    const old = before.get(group.id);
    const sharesNameWithNewGroup = newNames.filter((name) => name === group.name).length > 1;
    const constant = old?.constant ?? newConstantName(group, taken, sharesNameWithNewGroup);
    taken.add(constant);
    return { id: group.id, name: group.name, constant, scopes: group.scopes, ...(old?.notes ? { notes: old.notes } : {}) };
  });
}

async function main(): Promise<void> {
  const apiToken = process.env.CLOUDFLARE_API_TOKEN;
  const accountId = process.env.CLOUDFLARE_ACCOUNT_ID;
  if (!apiToken || !accountId) {
    throw new Error('Set CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID (CLOUDFLARE_BASE_URL is optional).');
  }
  const baseUrl = (process.env.CLOUDFLARE_BASE_URL ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const outIndex = process.argv.indexOf('--out');
  const outFile = outIndex > 0 ? process.argv[outIndex + 1] : join(__dirname, '..', 'data', 'permission-groups.json');

  const lists = await Promise.all([
    fetchAll(baseUrl, `/accounts/${accountId}/tokens/permission_groups`, apiToken),
    fetchAll(baseUrl, '/user/tokens/permission_groups', apiToken),
  ]);
  const current = JSON.parse(readFileSync(outFile, 'utf8'));
  const groups = mergeGroups(lists, current.groups ?? []);
  writeFileSync(outFile, JSON.stringify({ ...current, groups }, null, 1) + '\n');
  process.stderr.write(`${groups.length} permission groups written to ${outFile} (account: ${lists[0].length}, user: ${lists[1].length})\n`);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`catalog:fetch: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
