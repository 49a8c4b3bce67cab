import { ITerraformResource, TerraformOutput } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { propName } from '../core/python-names';
import { isUnresolved } from '../core/terraform-text';
import { tokenLabel, ValidationError } from '../core/validation-error';
import { sameForCertain } from '../policy/private/value-identity';
import { R2Endpoint } from '../r2/endpoint';
import { r2BucketAttributes } from '../r2/private/r2-bucket-attributes';
import { bucketItemGroups } from '../r2/r2-access';
import { R2BucketRef } from '../r2/r2-bucket-ref';
import { AccountApiToken } from '../tokens/account-api-token';
import { AccountApiTokenProps, TokenOptions } from '../tokens/api-token-props';
import { namedOutput, outputBaseName } from '../tokens/private/outputs';
import { pickTokenOptions, TOKEN_OPTIONS } from '../tokens/private/token-props-keys';
import { validateR2BucketByName } from '../validation/r2';
import { checkKnownProperties, propertyNames } from '../validation/unknown-properties';

/** Properties of an `R2BucketToken`. */
export interface R2BucketTokenProps extends TokenOptions {
  /** `read`, `write` or `read-write` (see `R2Access`). */
  readonly access: string;

  /**
   * The bucket, as a `cloudflare_r2_bucket` resource (the `R2Bucket` of any bindings): its account,
   * jurisdiction and name are taken from it. Give this or `bucketName`.
   *
   * @default - use bucketName
   */
  readonly bucket?: ITerraformResource;

  /**
   * The bucket's name. Give this or `bucket`.
   *
   * @default - taken from bucket
   */
  readonly bucketName?: string;

  /**
   * The account that owns the bucket and the token.
   *
   * @default - the bucket's account, else the CLOUDFLARE_ACCOUNT_ID environment variable
   */
  readonly accountId?: string;

  /**
   * The bucket's jurisdiction: `default`, `eu` or `fedramp`.
   *
   * @default - the bucket's jurisdiction, else "default"
   */
  readonly jurisdiction?: string;

  /**
   * The token's name.
   *
   * @default - `R2 <access> <bucket name>`
   */
  readonly name?: string;
}

/**
 * Least-privilege S3 credentials for one R2 bucket: an account-owned token with only the bucket item
 * permission groups, scoped to that bucket, plus the bucket's S3 endpoint. More buckets can be granted to
 * it (`grantR2Bucket`).
 *
 * @example
 * const uploads = new R2BucketToken(this, "uploads", { bucket, access: R2Access.READ_WRITE });
 */
export class R2BucketToken extends AccountApiToken {
  /** The bucket's name. */
  public readonly bucketName: string;
  /** The S3 endpoint of the bucket's account and jurisdiction; use it with region `auto`. */
  public readonly endpoint: string;
  /** The output of the endpoint, unless outputs are turned off. */
  public readonly endpointOutput?: TerraformOutput;

  public constructor(scope: Construct, id: string, props: R2BucketTokenProps) {
    const label = tokenLabel(new.target.name, scope, id);
    const bucket = bucketOf(scope, props, label);
    super(scope, id, tokenProps(props, bucket));
    this.grantR2Bucket(bucket, props.access);
    this.bucketName = bucket.bucketName;
    this.endpoint = R2Endpoint.s3(this.accountId, bucket.jurisdiction);
    if (props.createOutputs ?? true) {
      this.endpointOutput = namedOutput(this, 'endpoint', `${outputBaseName(this)}_endpoint`, {
        value: this.endpoint,
        description: 'R2 S3 endpoint (region auto)',
      });
    }
  }
}

const R2_BUCKET_TOKEN_PROPS = propertyNames<R2BucketTokenProps>({
  ...TOKEN_OPTIONS,
  access: true,
  bucket: true,
  bucketName: true,
  accountId: true,
  jurisdiction: true,
  name: true,
});

/** The bucket the props name (checked, with the access); its account is the token's (see `tokenProps`). */
function bucketOf(scope: IConstruct, props: R2BucketTokenProps, label: string): R2BucketRef {
  if (props === undefined || props === null || typeof props !== 'object') throw new ValidationError(`props are required: { access, bucket or ${propName('bucketName')} }.`, label);
  checkKnownProperties(props, R2_BUCKET_TOKEN_PROPS, label, 'props');
  bucketItemGroups(props.access, label);
  // null is "not given", as None is in Python.
  const bucket = props.bucket ?? undefined;
  if ((bucket === undefined) === (props.bucketName == null)) {
    throw new ValidationError(`give exactly one of bucket (an R2Bucket resource) and ${propName('bucketName')}.`, label);
  }
  if (bucket === undefined) return checkedBucketRef(props.bucketName!, props.jurisdiction ?? undefined, label);
  const resource = r2BucketAttributes(bucket, `${label}: bucket`);
  checkAgreesWithBucket(scope, props.jurisdiction, { input: resource.jurisdictionInput, attribute: resource.jurisdiction }, 'jurisdiction', label);
  checkAgreesWithBucket(scope, props.accountId, { input: resource.accountIdInput, attribute: resource.accountId }, 'accountId', label);
  return checkedBucketRef(resource.name, props.jurisdiction ?? resource.jurisdiction, label);
}

/** `R2BucketRef.fromName`, with errors that name the token. */
function checkedBucketRef(bucketName: string, jurisdiction: string | undefined, label: string): R2BucketRef {
  validateR2BucketByName(bucketName, jurisdiction, undefined, label);
  return R2BucketRef.fromName(bucketName, jurisdiction);
}

/**
 * Refuses a `jurisdiction` or `accountId` given beside `bucket` unless it is the bucket's for certain (see
 * `sameForCertain`): the token's key would name another bucket than the one granted.
 */
function checkAgreesWithBucket(
  scope: IConstruct,
  given: string | undefined,
  bucketValue: { input?: string; attribute: string },
  name: string,
  label: string,
): void {
  const bucketInput = bucketValue.input;
  if (given == null || sameForCertain(scope, given, bucketInput) || sameForCertain(scope, given, bucketValue.attribute)) return;
  const prop = propName(name);
  const fix = `Drop ${prop} when giving bucket: the token takes it from the bucket.`;
  const shown = (value: string) => (isUnresolved(value) ? '(a value known only at plan time)' : `"${value}"`);
  if (bucketInput !== undefined && !isUnresolved(bucketInput) && !isUnresolved(given)) {
    throw new ValidationError(`${prop} "${given}" contradicts the bucket's ${prop} "${bucketInput}". ${fix}`, label);
  }
  const theirs = bucketInput === undefined ? 'not set on the bucket (the provider picks it)' : shown(bucketInput);
  throw new ValidationError(`${prop} ${shown(given)} may differ from the bucket's ${prop}, which is ${theirs}. ${fix}`, label);
}

/** The props of the account token: the bucket's account, and no policy until the bucket is granted. */
function tokenProps(props: R2BucketTokenProps, bucket: R2BucketRef): AccountApiTokenProps {
  return {
    accountId: props.accountId ?? (props.bucket == null ? undefined : r2BucketAttributes(props.bucket, 'bucket').accountId),
    name: props.name ?? `R2 ${props.access} ${bucket.bucketName}`,
    policies: [],
    ...pickTokenOptions(props),
  };
}
