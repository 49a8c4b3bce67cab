import { PermissionGroups } from '../policy/permission-groups.generated';

/** What an R2 bucket token may do with the bucket's objects. */
export class R2Access {
  /** List and read objects ("Workers R2 Storage Bucket Item Read"). */
  public static readonly READ = 'read';
  /** Write and delete objects, without reading them ("Workers R2 Storage Bucket Item Write"). */
  public static readonly WRITE = 'write';
  /** Read and write objects (both bucket item groups). */
  public static readonly READ_WRITE = 'read-write';

  private constructor() {}
}

const GROUPS_BY_ACCESS: Record<string, string[]> = {
  [R2Access.READ]: [PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_READ],
  [R2Access.WRITE]: [PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_WRITE],
  [R2Access.READ_WRITE]: [PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_READ, PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_WRITE],
};

/** The bucket-scoped permission group ids for an access level, or an error naming the valid levels. */
export function bucketItemGroups(access: string, where: string): string[] {
  const groups = GROUPS_BY_ACCESS[access];
  if (!groups) {
    throw new Error(`${where}: access "${access}" is not valid; use "read", "write" or "read-write" (R2Access.READ, R2Access.WRITE, R2Access.READ_WRITE).`);
  }
  return groups;
}
