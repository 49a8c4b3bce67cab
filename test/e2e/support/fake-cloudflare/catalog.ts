import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PermissionGroup } from './types';

/** Well-known R2 permission group ids (stable keys; names are cosmetic). They are in the fixture list too. */
export const R2_GROUPS = {
  storageRead: 'b4992e1108244f5d8bfbd5744320c2e1', // Workers R2 Storage Read (account)
  storageWrite: 'bf7481a1826f439697cb59a20b22293e', // Workers R2 Storage Write (account)
  bucketItemRead: '6a018a9f2fc74eb6b293b0c548f38b39', // Workers R2 Storage Bucket Item Read (bucket)
  bucketItemWrite: '2efd5506f9c8494dacb1fa10a3e7d5b6', // Workers R2 Storage Bucket Item Write (bucket)
} as const;

const USER_SCOPE = 'com.cloudflare.api.user';

/** The local API's own list (fixtures/permission-groups.json, each pair with its public source), never the library's catalog. */
export const PERMISSION_GROUPS_FIXTURE = path.join(__dirname, 'fixtures', 'permission-groups.json');

/** Default catalog: the fixture list. Shape: `{ groups: [{ id, name, scopes, source }] }`. */
export function loadDefaultPermissionGroups(): PermissionGroup[] {
  const parsed = JSON.parse(readFileSync(PERMISSION_GROUPS_FIXTURE, 'utf8')) as { groups?: unknown };
  if (!Array.isArray(parsed.groups)) throw new Error(`fake-cloudflare: ${PERMISSION_GROUPS_FIXTURE} has no "groups" array`);
  return parsed.groups.map((g: { id: string; name: string; scopes: string[] }) => ({ id: g.id, name: g.name, scopes: [...g.scopes] }));
}

export class PermissionGroupCatalog {
  private readonly byId = new Map<string, PermissionGroup>();

  constructor(readonly groups: readonly PermissionGroup[]) {
    for (const g of groups) this.byId.set(g.id, g);
  }

  get(id: string): PermissionGroup | undefined {
    return this.byId.get(id);
  }

  /** Groups usable on user-owned tokens: all of them. */
  forUserTokens(): readonly PermissionGroup[] {
    return this.groups;
  }

  /** Groups usable on account-owned tokens: all but those scoped only to the user. */
  forAccountTokens(): readonly PermissionGroup[] {
    return this.groups.filter((g) => isUsableOnAccountToken(g));
  }
}

export function isUsableOnAccountToken(g: PermissionGroup): boolean {
  return g.scopes.length === 0 || g.scopes.some((s) => s !== USER_SCOPE);
}
