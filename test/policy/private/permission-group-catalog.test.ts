import { readFileSync } from 'fs';
import { join } from 'path';
import { PermissionGroups } from '../../../src';
import { isPermissionGroupId, PermissionGroupCatalog } from '../../../src/policy/private/permission-group-catalog';
import { SCOPE_ACCOUNT, SCOPE_ZONE } from '../../../src/policy/private/scopes';

const catalog = PermissionGroupCatalog.default;
const idOf = (name: string, scope?: string) => {
  const result = catalog.lookup(name, scope);
  if (result.kind !== 'found') throw new Error(`${name}: ${result.kind}`);
  return result.group.id;
};

describe('PermissionGroupCatalog', () => {
  test('holds every group of data/permission-groups.json', () => {
    const data = JSON.parse(readFileSync(join(__dirname, '../../../data/permission-groups.json'), 'utf8'));
    expect(catalog.all()).toHaveLength(data.groups.length);
    expect(new Set(catalog.all().map((g) => g.id))).toEqual(new Set(data.groups.map((g: any) => g.id)));
  });

  test.each([
    ['Zone Read', 'c8fed203ed3043cba015a93ad1616f1f'],
    ['Analytics Read', '9c88f9c5bce24ce7af9a958ba9c504db'],
    ['Workers R2 Storage Read', 'b4992e1108244f5d8bfbd5744320c2e1'],
    ['Workers R2 Storage Write', 'bf7481a1826f439697cb59a20b22293e'],
    // the dashboard's spelling of the API's "Workers Routes Write"
    ['Worker Routes Edit', '28f4b596e7d643029c524985477ae49a'],
    // the dashboard's "Edit" for the API's "Write"
    ['Workers R2 Storage Edit', 'bf7481a1826f439697cb59a20b22293e'],
    ['zone read', 'c8fed203ed3043cba015a93ad1616f1f'],
    ['  ZONE   READ ', 'c8fed203ed3043cba015a93ad1616f1f'],
    ['Access Apps and Policies Revoke', '6c9d1cfcfc6840a987d1b5bfb880a841'],
    // a real name containing "Edit" still resolves, and so does its "Write" spelling
    ['Zaraz Edit', PermissionGroups.ZARAZ_EDIT],
    ['Zaraz Write', PermissionGroups.ZARAZ_EDIT],
  ])('resolves %j', (name, id) => {
    expect(idOf(name, SCOPE_ACCOUNT)).toBe(id);
  });

  test("a name in two scopes resolves by the policy's scope", () => {
    expect(idOf('Logs Read', SCOPE_ACCOUNT)).toBe(PermissionGroups.LOGS_READ_ACCOUNT);
    expect(idOf('Logs Read', SCOPE_ZONE)).toBe(PermissionGroups.LOGS_READ_ZONE);
    expect(catalog.lookup('Logs Read', undefined).kind).toBe('ambiguous');
  });

  test('an unknown name is unknown, and the closest real names rank typos and partial names first', () => {
    const result = catalog.lookup('Zone Reed');
    expect(result).toEqual({ kind: 'unknown' });
    expect(catalog.closestNames('Zone Reed', 3)[0]).toBe('Zone Read');
    expect(catalog.closestNames('Workers R2 Storag Rea', 3)[0]).toBe('Workers R2 Storage Read');
    expect(catalog.closestNames('R2 Storage Write', 3)[0]).toBe('Workers R2 Storage Write');
    expect(catalog.closestNames('DNS Edit', 3)).toContain('DNS Write');
  });

  test('ids are recognised as ids', () => {
    expect(isPermissionGroupId('c8fed203ed3043cba015a93ad1616f1f')).toBe(true);
    expect(isPermissionGroupId('C8FED203ED3043CBA015A93AD1616F1F')).toBe(true);
    expect(isPermissionGroupId('Zone Read')).toBe(false);
  });

  test('every group has a PermissionGroups constant with its id', () => {
    const constants = new Set(Object.values(PermissionGroups));
    for (const group of catalog.all()) expect(constants).toContain(group.id);
  });
});
