/**
 * Where a source finer than the provider docs' any-of list says which group an operation takes, it
 * replaces the rule's choice for that purpose, and the row names it (`readingSource`).
 */
import { DeployPermissionRow } from './derive-row';

interface FinerSource {
  readonly type: string;
  readonly kind: DeployPermissionRow['kind'];
  /** The groups refresh and plan need. */
  readonly reading: readonly string[];
  readonly source: string;
}

export const FINER_SOURCES: readonly FinerSource[] = [
  {
    // The provider page lists only the Write group because Cloudflare's API schema names a group only for
    // creating and deleting a bucket (cloudflare/api-schemas openapi.json, commit c92b9b0: Get Bucket and
    // List Buckets carry no x-api-token-group).
    type: 'cloudflare_r2_bucket',
    kind: 'resource',
    reading: ['Workers R2 Storage Read'],
    source:
      'Cloudflare R2 docs, developers.cloudflare.com/r2/api/tokens/ ("Permission groups"): Workers R2 Storage Read "Can list buckets and view bucket configuration"',
  },
];

/** The row with its reading groups from a finer source, when there is one. */
export function applyFinerSources(row: DeployPermissionRow): DeployPermissionRow {
  const finer = FINER_SOURCES.find((f) => f.type === row.type && f.kind === row.kind);
  if (!finer || row.reading === null) return row;
  return { ...row, reading: [...finer.reading], readingSource: finer.source };
}
