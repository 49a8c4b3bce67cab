import { ITerraformResource, Token } from 'cdktf';
import { propName } from '../../core/python-names';
import { ValidationError } from '../../core/validation-error';
import { describeMissing } from '../../validation/required';

/** The Terraform type of an R2 bucket; any bindings' class for it is accepted. */
export const R2_BUCKET_TYPE = 'cloudflare_r2_bucket';

/** What the library reads from a `cloudflare_r2_bucket` resource: references, known at apply time at the latest. */
export interface R2BucketAttributes {
  readonly name: string;
  readonly jurisdiction: string;
  readonly accountId: string;
  /** The jurisdiction written in the resource's configuration, where its bindings expose it (`jurisdictionInput`). */
  readonly jurisdictionInput?: string;
  /** The account written in the resource's configuration, where its bindings expose it (`accountIdInput`). */
  readonly accountIdInput?: string;
}

/**
 * The name, jurisdiction and account of a `cloudflare_r2_bucket` resource, whichever bindings made it
 * (`@cdktf/provider-cloudflare`, a user's `cdktf get`): it is recognized by its Terraform type, and the
 * attributes are read as the bindings' own getters read them (`interpolationForAttribute`).
 *
 * @param where how errors name the caller, e.g. `R2BucketRef.fromBucket`
 */
export function r2BucketAttributes(bucket: ITerraformResource, where: string): R2BucketAttributes {
  const type = typeof bucket === 'object' && bucket !== null ? (bucket as { terraformResourceType?: unknown }).terraformResourceType : undefined;
  if (type !== R2_BUCKET_TYPE || typeof bucket.interpolationForAttribute !== 'function') {
    throw new ValidationError(
      `expected a ${R2_BUCKET_TYPE} resource (the R2Bucket of @cdktf/provider-cloudflare or of your own \`cdktf get\` bindings), got ${describe(bucket)}. ` +
        `Pass the bucket's resource, or name the bucket with R2BucketRef.${propName('fromName')}("<bucket>").`,
      where,
    );
  }
  const attribute = (name: string) => Token.asString(bucket.interpolationForAttribute(name));
  // Generated bindings (prebuilt or `cdktf get`) expose each configured argument as `<argument>Input`.
  const inputs = bucket as { jurisdictionInput?: string; accountIdInput?: string };
  return {
    name: attribute('name'),
    jurisdiction: attribute('jurisdiction'),
    accountId: attribute('account_id'),
    jurisdictionInput: inputs.jurisdictionInput,
    accountIdInput: inputs.accountIdInput,
  };
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return describeMissing(value);
  if (typeof value !== 'object') return `${typeof value} ${JSON.stringify(value)}`;
  const type = (value as { terraformResourceType?: unknown }).terraformResourceType;
  const path = (value as { node?: { path?: unknown } }).node?.path;
  const where = typeof path === 'string' && path !== '' ? ` (${path})` : '';
  return typeof type === 'string' ? `a ${type} resource${where}` : `an object that is no Terraform resource${where}`;
}
