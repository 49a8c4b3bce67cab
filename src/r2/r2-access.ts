import { ValidationError } from '../core/validation-error';
import { PermissionGroups } from '../policy/permission-groups.generated';
import { Choices } from '../validation/choices';
import { requireString } from '../validation/required';

/** What an R2 bucket token may do with the bucket's objects. */
export class R2Access {
  /** List and read objects ("Workers R2 Storage Bucket Item Read"). */
  public static readonly READ = 'read';
  /**
   * Read, list, write and delete objects ("Workers R2 Storage Bucket Item Write"). Cloudflare documents
   * this group as "Can read, write, and list objects in buckets" (dashboard: "Object Read & Write"), see
   * https://developers.cloudflare.com/r2/api/tokens/ ; R2 has no write-only object permission.
   */
  public static readonly WRITE = 'write';
  /** Read and write objects (both bucket item groups): the same access as `WRITE`, with the read group named too. */
  public static readonly READ_WRITE = 'read-write';

  private constructor() {}
}

const ACCESS_CHOICES = new Choices(R2Access);
const GROUPS_BY_ACCESS: Record<string, string[]> = {
  [R2Access.READ]: [PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_READ],
  [R2Access.WRITE]: [PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_WRITE],
  [R2Access.READ_WRITE]: [PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_READ, PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_WRITE],
};

/** The bucket-scoped permission group ids for an access level, or an error naming the valid levels. */
export function bucketItemGroups(access: string, label: string): string[] {
  requireString(access, 'access', `use ${ACCESS_CHOICES.hint}`, label);
  const groups = Object.prototype.hasOwnProperty.call(GROUPS_BY_ACCESS, access) ? GROUPS_BY_ACCESS[access] : undefined;
  if (!groups) {
    throw new ValidationError(`access "${access}" is not valid; use ${ACCESS_CHOICES.hint}.`, label);
  }
  return groups;
}
