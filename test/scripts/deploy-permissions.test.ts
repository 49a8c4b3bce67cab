import { readFileSync } from 'fs';
import { deriveRow, pickFamily } from '../../scripts/deploy-permissions/derive-row';
import { applyFinerSources } from '../../scripts/deploy-permissions/finer-sources';
import { GENERATED_FILE, renderFiles, TABLE_FILE } from '../../scripts/deploy-permissions/generate';
import { findModuleDir, parsePage } from '../../scripts/deploy-permissions/provider-docs';

const page = (type: string, accepted: string[] | null, kind: 'resource' | 'data-source' = 'resource') => ({ type, kind, source: `docs/x/${type}.md`, accepted });
const all = () => true;

describe('the derivation rule of the deploy-permission table', () => {
  test('one family: its Write group for changes, its Read group for reading, and the row is sure', () => {
    const row = deriveRow(page('cloudflare_dns_record', ['DNS Read', 'DNS Write']), all);
    expect(row).toMatchObject({ changes: ['DNS Write'], reading: ['DNS Read'], family: 'DNS' });
    expect(row.unsure).toBeUndefined();
  });

  test('a list with only a write group: reading needs that write group too', () => {
    const row = deriveRow(page('cloudflare_r2_bucket', ['Workers R2 Storage Write']), all);
    expect(row).toMatchObject({ changes: ['Workers R2 Storage Write'], reading: ['Workers R2 Storage Write'] });
    expect(row.unsure).toBeUndefined();
  });

  test('a finer source replaces the reading groups the rule chose, and the row names it', () => {
    const derived = deriveRow(page('cloudflare_r2_bucket', ['Workers R2 Storage Write']), all);
    expect(applyFinerSources(derived)).toMatchObject({ changes: ['Workers R2 Storage Write'], reading: ['Workers R2 Storage Read'], readingSource: expect.stringMatching(/^Cloudflare R2 docs/) });
    expect(applyFinerSources(deriveRow(page('cloudflare_r2_bucket', ['Workers R2 Storage Write'], 'data-source'), all)).readingSource).toBeUndefined();
    expect(applyFinerSources(deriveRow(page('cloudflare_r2_bucket', null), all))).toMatchObject({ reading: null });
  });

  test('the dashboard word Edit counts as a write verb', () => {
    expect(deriveRow(page('cloudflare_zaraz', ['Zaraz Read', 'Zaraz Edit']), all)).toMatchObject({ changes: ['Zaraz Edit'], reading: ['Zaraz Read'] });
  });

  test('a data source only reads: changes are empty', () => {
    expect(deriveRow(page('cloudflare_dns_record', ['DNS Read', 'DNS Write'], 'data-source'), all)).toMatchObject({ changes: [], reading: ['DNS Read'] });
  });

  test('several families: the one the type name names best is chosen, and the row is marked unsure', () => {
    const row = deriveRow(page('cloudflare_zone', ['DNS Read', 'DNS Write', 'Zone Read', 'Zone Write', 'Zone Settings Read', 'Zone Settings Write']), all);
    expect(row).toMatchObject({ changes: ['Zone Write'], reading: ['Zone Read'], family: 'Zone' });
    expect(row.unsure).toMatch(/chosen over 4 other/);
  });

  test('a tie between families leaves the row undetermined, never guessed', () => {
    const row = deriveRow(page('cloudflare_content_scanning', ['Account WAF Write', 'Zone WAF Write']), all);
    expect(row).toMatchObject({ changes: null, reading: null });
    expect(row.unsure).toMatch(/no single family/);
    expect(pickFamily('cloudflare_tiered_cache', ['Zone Settings', 'Zone'])).toBeUndefined();
  });

  test('names the catalog does not know are set aside and named in the row', () => {
    const row = deriveRow(page('cloudflare_list', ['Account Filter Lists Edit', 'Account Filter Lists Read']), (n) => !n.startsWith('Account Filter'));
    expect(row).toMatchObject({ changes: null, reading: null });
    expect(row.unsure).toMatch(/not in the permission-group catalog: Account Filter Lists Edit, Account Filter Lists Read/);
  });

  test('a type without a list is listed, not guessed', () => {
    expect(deriveRow(page('cloudflare_r2_bucket', null, 'data-source'), all)).toMatchObject({ accepted: null, changes: null, reading: null, unsure: 'the docs list no permissions' });
  });

  test('a doc page: the type comes from the title, the list from the body', () => {
    const text = '---\npage_title: "cloudflare_r2_bucket Resource - Cloudflare"\ndescription: |-\n  Accepted Permissions\n  Workers R2 Storage Write\n---\n\n# cloudflare_r2_bucket (Resource)\n\nAccepted Permissions\n\n- `Workers R2 Storage Write`\n\n## Example Usage\n';
    expect(parsePage(text, 'docs/resources/r2_bucket.md', 'resource')).toEqual({ type: 'cloudflare_r2_bucket', kind: 'resource', source: 'docs/resources/r2_bucket.md', accepted: ['Workers R2 Storage Write'] });
  });
});

describe('the committed table', () => {
  const table = JSON.parse(readFileSync(TABLE_FILE, 'utf8'));

  test('covers every page of the 5.24.0 docs, with the counts the docs have', () => {
    expect(table.summary).toMatchObject({ resources: 259, resourcesWithPermissions: 213, dataSources: 449, dataSourcesWithPermissions: 357 });
    expect(table.rows.every((r: { source: string }) => /^docs\/(resources|data-sources)\/[a-z0-9_]+\.md$/.test(r.source))).toBe(true);
  });

  test('rows of the types the e2e stacks use', () => {
    const find = (type: string, kind: string) => table.rows.find((r: { type: string; kind: string }) => r.type === type && r.kind === kind);
    expect(find('cloudflare_account_token', 'resource')).toMatchObject({ changes: ['Account API Tokens Write'], reading: ['Account API Tokens Read'] });
    expect(find('cloudflare_api_token', 'resource')).toMatchObject({ changes: ['API Tokens Write'], reading: ['API Tokens Read'] });
    expect(find('cloudflare_r2_bucket', 'resource')).toMatchObject({
      accepted: ['Workers R2 Storage Write'],
      changes: ['Workers R2 Storage Write'],
      reading: ['Workers R2 Storage Read'],
      readingSource: expect.stringContaining('developers.cloudflare.com/r2/api/tokens/'),
    });
    expect(table.rows.filter((r: { readingSource?: string }) => r.readingSource !== undefined).map((r: { type: string }) => r.type)).toEqual(['cloudflare_r2_bucket']);
  });

  const moduleDir = findModuleDir();
  (moduleDir ? test : test.skip)('matches what the generator makes from the provider module in the Go module cache', () => {
    const { table: text, generated } = renderFiles(moduleDir!);
    expect(readFileSync(TABLE_FILE, 'utf8')).toBe(text);
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(generated);
  });
});
