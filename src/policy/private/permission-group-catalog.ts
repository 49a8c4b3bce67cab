import type * as CatalogRows from './permission-group-catalog.generated';
import { editDistance } from '../../core/edit-distance';
import { HEX32 } from '../../validation/identifiers';

/** One permission group of the catalog. */
export interface CatalogGroup {
  readonly id: string;
  readonly name: string;
  readonly scopes: readonly string[];
}

/** What a name resolved to: one group, or nothing (with the closest names for the error message). */
export type NameLookup =
  | { readonly kind: 'found'; readonly group: CatalogGroup }
  | { readonly kind: 'ambiguous'; readonly groups: readonly CatalogGroup[] }
  | { readonly kind: 'unknown' };

/** True for a permission group id (32 hex characters, either case), which passes through without a look-up. */
export function isPermissionGroupId(value: string): boolean {
  return HEX32.test(value.toLowerCase());
}

/**
 * The permission groups of data/permission-groups.json, searchable by the names people type:
 * the API's names, the dashboard's "Edit" for the API's "Write", singular "Worker" for "Workers",
 * in any letter case and with any punctuation.
 */
export class PermissionGroupCatalog {
  /** The catalog built from the generated data, made once per process on first use. */
  public static get default(): PermissionGroupCatalog {
    if (!PermissionGroupCatalog.instance) PermissionGroupCatalog.instance = new PermissionGroupCatalog(loadRows());
    return PermissionGroupCatalog.instance;
  }

  private static instance: PermissionGroupCatalog | undefined;

  private readonly groups: readonly CatalogGroup[];
  private readonly byId = new Map<string, CatalogGroup>();
  private readonly byExactName = new Map<string, CatalogGroup[]>();
  private readonly byAliasName = new Map<string, CatalogGroup[]>();
  private readonly aliasByName = new Map<string, string>();

  public constructor(rows: readonly CatalogRows.CatalogRow[]) {
    this.groups = rows.map(([id, name, scopes]) => ({ id, name, scopes }));
    for (const group of this.groups) {
      this.byId.set(group.id, group);
      append(this.byExactName, foldName(group.name), group);
      append(this.byAliasName, aliasName(group.name), group);
      this.aliasByName.set(group.name, aliasName(group.name));
    }
  }

  /** Every group, sorted by name. */
  public all(): readonly CatalogGroup[] {
    return this.groups;
  }

  /** The group with this id, if the catalog knows it. */
  public groupWithId(id: string): CatalogGroup | undefined {
    return this.byId.get(id.toLowerCase());
  }

  /**
   * Looks a name up. Where a name exists in several scopes, `scope` (the scope of the policy's resources)
   * picks one; without a match the result is ambiguous.
   */
  public lookup(name: string, scope?: string): NameLookup {
    const candidates = this.byExactName.get(foldName(name)) ?? this.byAliasName.get(aliasName(name)) ?? [];
    if (candidates.length === 1) return { kind: 'found', group: candidates[0] };
    if (candidates.length > 1) {
      const inScope = candidates.filter((g) => scope !== undefined && g.scopes.includes(scope));
      return inScope.length === 1 ? { kind: 'found', group: inScope[0] } : { kind: 'ambiguous', groups: candidates };
    }
    return { kind: 'unknown' };
  }

  /**
   * The catalog's names closest to `name`: by edit distance over the folded spelling, less half the
   * length of the words they share, so that "R2 Storage Write" finds "Workers R2 Storage Write".
   */
  public closestNames(name: string, count: number): string[] {
    const target = aliasName(name);
    const targetWords = new Set(target.split(' '));
    const scored = new Map<string, number>();
    for (const [displayName, alias] of this.aliasByName) {
      const shared = alias.split(' ').filter((word) => targetWords.has(word));
      const score = editDistance(target, alias) - shared.join('').length / 2;
      scored.set(displayName, score);
    }
    return [...scored.entries()]
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, count)
      .map(([n]) => n);
  }
}

// The rows load with the first look-up, not at import: a program that gives only ids never reads them.
function loadRows(): readonly CatalogRows.CatalogRow[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./permission-group-catalog.generated') as typeof CatalogRows).PERMISSION_GROUP_ROWS;
}

function append(map: Map<string, CatalogGroup[]>, key: string, group: CatalogGroup): void {
  const list = map.get(key);
  if (list) list.push(group);
  else map.set(key, [group]);
}

/** Lower case, punctuation and runs of spaces folded to one space. */
function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** `foldName` plus the spellings people use for the API's words. */
function aliasName(name: string): string {
  return foldName(name)
    .split(' ')
    .map((word) => WORD_ALIASES[word] ?? word)
    .join(' ');
}

const WORD_ALIASES: Record<string, string> = {
  edit: 'write',
  worker: 'workers',
};
