import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { r2S3Endpoint } from './endpoint';
import { bucketItemGroups } from './r2-access';
import { Resources } from '../policy/resources';
import { Effect } from '../policy/token-policy';
import { AccountApiToken } from '../tokens/account-api-token';
import { resolveAccountId } from '../tokens/account-id';
import { AccountApiTokenProps, TokenOptions } from '../tokens/api-token-props';
import { childPath } from '../tokens/construct-path';
import { namedOutput, outputBaseName } from '../tokens/s3-credentials';
import { withContext } from '../validation/context';
import { checkKnownProperties, propertyNames } from '../validation/known-properties';

/** Properties of an `R2BucketToken`. */
export interface R2BucketTokenProps extends TokenOptions {
  /** `read`, `write` or `read-write` (see `R2Access`). */
  readonly access: string;

  /**
   * The bucket, as a cdktf `R2Bucket` resource: its account, jurisdiction and name are taken from it.
   * Give this or `bucketName`.
   *
   * @default - use bucketName
   */
  readonly bucket?: R2Bucket;

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
 * permission groups, scoped to that bucket, plus the bucket's S3 endpoint.
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
    const bucket = bucketOf(props, `R2BucketToken "${childPath(scope, id)}"`);
    super(scope, id, bucket.tokenProps);
    this.bucketName = bucket.name;
    this.endpoint = r2S3Endpoint(this.accountId, bucket.jurisdiction);
    if (props.createOutputs ?? true) {
      this.endpointOutput = namedOutput(this, 'endpoint', `${outputBaseName(this)}_endpoint`, {
        value: this.endpoint,
        description: 'R2 S3 endpoint (region auto)',
      });
    }
  }
}

/** The bucket the props name, and the props of the token scoped to it. */
const R2_BUCKET_TOKEN_PROPS = propertyNames<R2BucketTokenProps>({
  access: true,
  bucket: true,
  bucketName: true,
  accountId: true,
  jurisdiction: true,
  name: true,
  notBefore: true,
  expiresOn: true,
  condition: true,
  status: true,
  createOutputs: true,
});

function bucketOf(props: R2BucketTokenProps, where: string): { name: string; jurisdiction: string; tokenProps: AccountApiTokenProps } {
  if (props === undefined || props === null || typeof props !== 'object') throw new Error(`${where}: props are required: { access, bucket or bucketName }.`);
  checkKnownProperties(props, R2_BUCKET_TOKEN_PROPS, where, 'props');
  const groups = bucketItemGroups(props.access, where);
  if ((props.bucket === undefined) === (props.bucketName === undefined)) {
    throw new Error(`${where}: give exactly one of bucket (an R2Bucket resource) and bucketName.`);
  }
  const name = props.bucketName ?? props.bucket!.name;
  const accountId = resolveAccountId(props.accountId ?? props.bucket?.accountId, where);
  const jurisdiction = props.jurisdiction ?? props.bucket?.jurisdiction ?? 'default';
  const bucketKey = withContext(where, () => Resources.r2Bucket(accountId, name, jurisdiction));
  return {
    name,
    jurisdiction,
    tokenProps: {
      accountId,
      name: props.name ?? `R2 ${props.access} ${name}`,
      policies: [{ effect: Effect.ALLOW, permissionGroups: groups, resources: { [bucketKey]: '*' } }],
      notBefore: props.notBefore,
      expiresOn: props.expiresOn,
      condition: props.condition,
      status: props.status,
      createOutputs: props.createOutputs,
    },
  };
}
