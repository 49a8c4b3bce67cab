/**
 * The local API's permission group list (fixtures/permission-groups.json): its own, sourced, and in
 * agreement with the library's catalog for every group it holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDefaultPermissionGroups, PERMISSION_GROUPS_FIXTURE, R2_GROUPS } from '..';

interface FixtureGroup {
  readonly id: string;
  readonly name: string;
  readonly scopes: string[];
  readonly source: string;
}

const fixture = JSON.parse(readFileSync(PERMISSION_GROUPS_FIXTURE, 'utf8')) as { sources: Record<string, string>; groups: FixtureGroup[] };
const LIBRARY_CATALOG = join(__dirname, '..', '..', '..', '..', '..', 'data', 'permission-groups.json');

test('every group has a 32-hex id, one scope, a unique (name, scope) and a named source', () => {
  const problems = fixture.groups.flatMap((g) => [
    ...(/^[0-9a-f]{32}$/.test(g.id) ? [] : [`${g.name}: id ${g.id}`]),
    ...(g.scopes.length === 1 ? [] : [`${g.name}: scopes ${g.scopes.join(',')}`]),
    ...(g.source in fixture.sources ? [] : [`${g.name}: source "${g.source}" is not described under "sources"`]),
  ]);
  expect(problems).toEqual([]);
  const keys = fixture.groups.map((g) => `${g.name}|${g.scopes[0]}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(new Set(fixture.groups.map((g) => g.id)).size).toBe(fixture.groups.length);
});

test('the API serves exactly the fixture, and the R2 group ids it authorizes S3 with are in it', () => {
  expect(loadDefaultPermissionGroups()).toEqual(fixture.groups.map(({ id, name, scopes }) => ({ id, name, scopes })));
  const nameOf = (id: string) => fixture.groups.find((g) => g.id === id)?.name;
  expect(Object.values(R2_GROUPS).map(nameOf)).toEqual([
    'Workers R2 Storage Read',
    'Workers R2 Storage Write',
    'Workers R2 Storage Bucket Item Read',
    'Workers R2 Storage Bucket Item Write',
  ]);
});

test("the library's catalog agrees with the fixture on every group the fixture lists (a wrong id fails here first)", () => {
  const library = JSON.parse(readFileSync(LIBRARY_CATALOG, 'utf8')) as { groups: FixtureGroup[] };
  const inLibrary = (g: FixtureGroup) => library.groups.find((l) => l.id === g.id);
  const disagreements = fixture.groups
    .filter((g) => inLibrary(g)?.name !== g.name || JSON.stringify(inLibrary(g)?.scopes) !== JSON.stringify(g.scopes))
    .map((g) => ({ fixture: g, library: inLibrary(g) ?? 'no group with this id' }));
  expect(disagreements).toEqual([]);
});
