/**
 * The rule that turns a type's "Accepted Permissions" list (an any-of across the type's endpoints, reads
 * and writes mixed) into the smallest set per purpose. Stated in docs/deploy-tokens.md and tested in
 * test/scripts/deploy-permissions.test.ts:
 *
 * 1. A group name ending in Read, Write or Edit belongs to the family named by the words before that verb
 *    (Edit is the dashboard's word for Write). Other names (Cache Purge, Zaraz Admin, SCIM Provisioning)
 *    belong to no family. Names the permission-group catalog does not know are set aside and named.
 * 2. The type's family is the only family with a write group, or else the family whose words the type
 *    name shares most (ties broken by fewer unshared family words). No shared word, or a tie: no family,
 *    the row stays undetermined and the report treats the type as unknown.
 * 3. changes = the family's write group. reading = the family's Read group, or the write group when the
 *    docs list no Read group (then the write group is the only one accepted for reading).
 *    A data source only reads: its changes are empty.
 * 4. The row is sure only when the list holds nothing but that one family's groups.
 */

/** How a type of the provider is declared. */
export type TypeKind = 'resource' | 'data-source';

/** One row of data/deploy-permissions.json. */
export interface DeployPermissionRow {
  readonly type: string;
  readonly kind: TypeKind;
  /** Path of the doc page inside the provider module. */
  readonly source: string;
  /** The "Accepted Permissions" list as the page gives it; null when the page has none. */
  readonly accepted: readonly string[] | null;
  /** Groups that create, update and delete need; null when the rule found no family. */
  readonly changes: readonly string[] | null;
  /** Groups that refresh and plan need; null when the rule found no family. */
  readonly reading: readonly string[] | null;
  /** Where `reading` comes from when a finer source than the docs' list replaced the rule's choice (finer-sources.ts). */
  readonly readingSource?: string;
  /** The family the rule picked. */
  readonly family?: string;
  /** Why the rule is unsure about this row; absent when it is sure. */
  readonly unsure?: string;
}

interface ParsedName {
  readonly name: string;
  readonly family: string | undefined;
  readonly verb: 'read' | 'write' | undefined;
}

const VERB = /^(.*?):?\s+(Read|Write|Edit)$/;

function parseName(name: string): ParsedName {
  const match = VERB.exec(name);
  if (!match) return { name, family: undefined, verb: undefined };
  return { name, family: match[1], verb: match[2] === 'Read' ? 'read' : 'write' };
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0 && w !== 'cloudflare'));
}

/** Picks the family for the type (rule 2); undefined when there is none or a tie. */
export function pickFamily(type: string, families: readonly string[]): string | undefined {
  if (families.length === 1) return families[0];
  const typeWords = words(type);
  const scored = families.map((family) => {
    const familyWords = [...words(family)];
    const shared = familyWords.filter((w) => typeWords.has(w)).length;
    return { family, shared, unshared: familyWords.length - shared };
  });
  scored.sort((a, b) => b.shared - a.shared || a.unshared - b.unshared);
  const [best, next] = scored;
  if (!best || best.shared === 0) return undefined;
  if (next && next.shared === best.shared && next.unshared === best.unshared) return undefined;
  return best.family;
}

/** Applies the rule to one doc page's list. `known` tells whether the catalog has a group of that name. */
export function deriveRow(
  page: { type: string; kind: TypeKind; source: string; accepted: readonly string[] | null },
  known: (name: string) => boolean,
): DeployPermissionRow {
  const { type, kind, source, accepted } = page;
  if (accepted === null) return { type, kind, source, accepted, changes: null, reading: null, unsure: 'the docs list no permissions' };
  const unknownNames = accepted.filter((name) => !known(name));
  const parsed = accepted.filter(known).map(parseName);
  const writable = [...new Set(parsed.filter((p) => p.verb === 'write').map((p) => p.family!))];
  const readOnly = [...new Set(parsed.filter((p) => p.verb === 'read').map((p) => p.family!))];
  const candidates = writable.length > 0 ? writable : readOnly;
  const family = pickFamily(type, candidates);
  const notes: string[] = [];
  if (unknownNames.length > 0) notes.push(`names not in the permission-group catalog: ${unknownNames.join(', ')}`);
  if (family === undefined) {
    notes.push(`no single family matches the type name among: ${candidates.join(', ') || '(none)'}`);
    return { type, kind, source, accepted, changes: null, reading: null, unsure: notes.join('; ') };
  }
  const write = parsed.find((p) => p.family === family && p.verb === 'write')?.name;
  const read = parsed.find((p) => p.family === family && p.verb === 'read')?.name;
  const readingGroup = read ?? write!;
  let changes: string[];
  if (kind === 'data-source') {
    changes = [];
  } else if (write) {
    changes = [write];
  } else {
    changes = [read!];
    notes.push('the docs list no write group for this resource; changes use its Read group');
  }
  const others = accepted.filter((name) => parseName(name).family !== family);
  if (others.length > 0) notes.push(`family "${family}" chosen over ${others.length} other listed group(s)`);
  const row: DeployPermissionRow = { type, kind, source, accepted, changes, reading: [readingGroup], family };
  return notes.length > 0 ? { ...row, unsure: notes.join('; ') } : row;
}
