import { validateAccountId } from './identifiers';
import { requireString } from './required';
import { isUnresolved } from '../core/terraform-text';
import { ErrorSubject, ValidationError } from '../core/validation-error';

/** The jurisdiction of a bucket that names none. */
export const DEFAULT_JURISDICTION = 'default';
/** The R2 jurisdictions, as Cloudflare names them. */
export const R2_JURISDICTIONS: readonly string[] = [DEFAULT_JURISDICTION, 'eu', 'fedramp'];

const BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

/** Checks a literal R2 bucket name against Cloudflare's rules. Unresolved tokens pass. */
export function validateR2BucketName(name: string, subject: ErrorSubject): void {
  requireString(name, 'bucketName', 'give the bucket\'s name, e.g. "uploads"', subject);
  if (isUnresolved(name)) return;
  if (!BUCKET_NAME.test(name)) {
    throw new ValidationError(
      `Invalid R2 bucket name "${name}": use 3 to 63 characters of lowercase letters, digits and hyphens, ` +
        'starting and ending with a letter or digit.',
      subject,
    );
  }
}

/** Checks a bucket named by name, as `R2BucketRef.fromName` takes it: literal values are checked, tokens pass. */
export function validateR2BucketByName(
  bucketName: string,
  jurisdiction: string | undefined,
  accountId: string | undefined,
  subject: ErrorSubject,
): void {
  validateR2BucketName(bucketName, subject);
  if (jurisdiction !== undefined) validateR2Jurisdiction(jurisdiction, subject);
  if (accountId !== undefined) validateAccountId(accountId, subject);
}

/** Checks a literal R2 jurisdiction. Unresolved tokens pass. */
export function validateR2Jurisdiction(jurisdiction: string, subject: ErrorSubject): void {
  requireString(jurisdiction, 'jurisdiction', `give one of ${R2_JURISDICTIONS.map((j) => `"${j}"`).join(', ')}, or leave it out for "default"`, subject);
  if (isUnresolved(jurisdiction)) return;
  if (!R2_JURISDICTIONS.includes(jurisdiction)) {
    throw new ValidationError(
      `Invalid R2 jurisdiction "${jurisdiction}": use one of ${R2_JURISDICTIONS.map((j) => `"${j}"`).join(', ')}.`,
      subject,
    );
  }
}

