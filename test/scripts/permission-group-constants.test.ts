import { readFileSync } from 'fs';
import { join } from 'path';
import { mergeGroups } from '../../scripts/fetch-permission-groups';
import { DataGroup } from '../../scripts/permission-group-constants';
import { PermissionGroups } from '../../src';

const ACCOUNT = 'com.cloudflare.api.account';
const ZONE = 'com.cloudflare.api.account.zone';
const id = (n: number) => n.toString(16).padStart(32, '0');

describe('PermissionGroups constant names are locked in data/permission-groups.json', () => {
  test('the generated class has exactly the constants of the data file, each with its id', () => {
    const data = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'permission-groups.json'), 'utf8')) as { groups: DataGroup[] };
    const generated = Object.fromEntries(Object.entries(PermissionGroups));
    expect(generated).toEqual(Object.fromEntries(data.groups.map((g) => [g.constant, g.id])));
  });

  test('a refresh keeps every existing constant, even when the API renames the group', () => {
    const previous: DataGroup[] = [{ id: id(1), name: 'Zone Read', constant: 'ZONE_READ', scopes: [ZONE] }];
    const merged = mergeGroups([[{ id: id(1), name: 'Zone Read (legacy)', scopes: [ZONE] }]], previous);
    expect(merged).toEqual([{ id: id(1), name: 'Zone Read (legacy)', constant: 'ZONE_READ', scopes: [ZONE] }]);
  });

  test('a new group with an existing name gets the scope suffix; the existing constant stays', () => {
    const previous: DataGroup[] = [{ id: id(1), name: 'Zone Read', constant: 'ZONE_READ', scopes: [ZONE] }];
    const merged = mergeGroups([[{ id: id(1), name: 'Zone Read', scopes: [ZONE] }, { id: id(2), name: 'Zone Read', scopes: [ACCOUNT] }]], previous);
    expect(merged.map((g) => [g.id, g.constant])).toEqual([[id(1), 'ZONE_READ'], [id(2), 'ZONE_READ_ACCOUNT']]);
  });

  test('two new groups that share a name both get their scope suffix', () => {
    const merged = mergeGroups([[{ id: id(3), name: 'Logs Read', scopes: [ACCOUNT] }, { id: id(4), name: 'Logs Read', scopes: [ZONE] }]], []);
    expect(merged.map((g) => g.constant).sort()).toEqual(['LOGS_READ_ACCOUNT', 'LOGS_READ_ZONE']);
  });

  test('notes of known groups are kept, and the account and user lists are merged by id', () => {
    const previous: DataGroup[] = [{ id: id(5), name: 'Memberships Read', constant: 'MEMBERSHIPS_READ', scopes: [ACCOUNT], notes: ['seen in both lists'] }];
    const merged = mergeGroups([[{ id: id(5), name: 'Memberships Read', scopes: [ACCOUNT] }], [{ id: id(5), name: 'Memberships Read', scopes: ['com.cloudflare.api.user'] }]], previous);
    expect(merged).toEqual([
      { id: id(5), name: 'Memberships Read', constant: 'MEMBERSHIPS_READ', scopes: [ACCOUNT, 'com.cloudflare.api.user'], notes: ['seen in both lists'] },
    ]);
  });

  test('a name with no usable letters still gives a valid constant', () => {
    const merged = mergeGroups([[{ id: id(6), name: '2FA Read', scopes: [ACCOUNT] }]], []);
    expect(merged[0].constant).toBe('GROUP_2FA_READ');
  });
});
