import type * as DeployPermissionRows from './deploy-permissions.generated';

/** What one Terraform type of the Cloudflare provider needs, from data/deploy-permissions.json. */
export interface TypePermissions {
  readonly type: string;
  readonly kind: 'resource' | 'data-source';
  /** Groups create, update and delete need; undefined when the table could not derive them. */
  readonly changes?: readonly string[];
  /** Groups refresh and plan need; undefined when the table could not derive them. */
  readonly reading?: readonly string[];
  /** The provider doc page the row comes from. */
  readonly source: string;
  /** Why the derivation is unsure, when it is. */
  readonly unsure?: string;
}

let byKey: Map<string, TypePermissions> | undefined;

/** The row of a type, or undefined when the provider's docs have no page for it. */
export function typePermissions(kind: 'resource' | 'data-source', type: string): TypePermissions | undefined {
  if (!byKey) {
    byKey = new Map();
    for (const [k, t, changes, reading, source, unsure] of loadRows()) {
      const row: TypePermissions = {
        type: t,
        kind: k === 'r' ? 'resource' : 'data-source',
        changes: changes ?? undefined,
        reading: reading ?? undefined,
        source,
        unsure: unsure ?? undefined,
      };
      byKey.set(`${row.kind}:${t}`, row);
    }
  }
  return byKey.get(`${kind}:${type}`);
}

// The table is large and only deploy tokens and reports read it, so it loads on first use, not at import.
function loadRows(): typeof DeployPermissionRows.DEPLOY_PERMISSION_ROWS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./deploy-permissions.generated') as typeof DeployPermissionRows).DEPLOY_PERMISSION_ROWS;
}
