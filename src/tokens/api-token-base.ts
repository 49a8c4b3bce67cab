import { TerraformOutput, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { ApiTokenProps } from './api-token-props';
import { accountGrant, Grantee, r2BucketGrant, TokenPolicies, zoneGrant } from './grants';
import { IApiToken } from './i-api-token';
import { s3CredentialOutputs } from './outputs';
import { planTimeGroupLookup } from './plan-time-lookup';
import { s3CredentialsOf, sensitiveString } from './s3-credentials';
import { buildTokenConfig, TokenResourceSettings } from './token-config';
import { labelOf } from './token-label';
import { TokenPolicy } from '../policy/token-policy';
import { R2BucketRef } from '../r2/r2-bucket-ref';

/**
 * What account-owned and user-owned tokens share: checking the props, the policies and grants, the S3
 * credentials and their outputs. Each kind creates its own provider resource; `accountId` is the owning
 * account of an account-owned token (it expands the bare account key and scopes grants).
 */
export abstract class ApiTokenBase extends Construct implements IApiToken {
  public readonly tokenId: string;
  public readonly accessKeyId: string;
  public readonly secretAccessKey: string;
  /** The sensitive output of the access key id, unless outputs are turned off. */
  public readonly accessKeyIdOutput?: TerraformOutput;
  /** The sensitive output of the secret access key, unless outputs are turned off. */
  public readonly secretAccessKeyOutput?: TerraformOutput;
  public get value(): string {
    return sensitiveString(this.tokenResource.getStringAttribute('value'));
  }

  /** The token's status: `active`, `disabled` or `expired`. */
  public get status(): string {
    return this.tokenResource.getStringAttribute('status');
  }

  /** The provider resource this kind of token created. */
  protected readonly tokenResource: TerraformResource;
  private readonly policies: TokenPolicies;
  private readonly grantee: Grantee;

  protected constructor(scope: Construct, id: string, props: ApiTokenProps, accountId?: string) {
    super(scope, id);
    const owner = { label: labelOf(this), accountId };
    const lookup = props?.resolvePermissionGroupsAtPlanTime ? planTimeGroupLookup(this, accountId) : undefined;
    const config = buildTokenConfig(this, props, owner, lookup);
    this.grantee = owner;
    this.policies = new TokenPolicies(props.policies, config.policies, { owner, planTimeLookup: lookup, scope: this });
    const resource = this._createResource({ ...config, policies: this.policies.value }, accountId);
    this.tokenResource = resource;
    this.tokenId = resource.getStringAttribute('id');
    const credentials = s3CredentialsOf(this, this.tokenId, resource.getStringAttribute('value'));
    this.accessKeyId = credentials.accessKeyId;
    this.secretAccessKey = credentials.secretAccessKey;
    const outputs = props.createOutputs ?? true ? s3CredentialOutputs(this, credentials) : undefined;
    this.accessKeyIdOutput = outputs?.accessKeyIdOutput;
    this.secretAccessKeyOutput = outputs?.secretAccessKeyOutput;
  }

  /**
   * Creates this kind's provider resource, with the id "Resource", from the checked settings (called by
   * the constructor, so before a subclass's own fields are set).
   *
   * @internal
   */
  protected abstract _createResource(settings: TokenResourceSettings, accountId: string | undefined): TerraformResource;

  // Composable grants (see IApiToken): each adds one policy, rendered with the constructor's at synth.

  /**
   * Adds a policy to the token. It is checked like a constructor policy, at synth; errors name the token
   * and the policy's number (the constructor's policies come first). Policies that share their effect and
   * resources or groups are merged.
   *
   * @example
   * token.addPolicy({ effect: Effect.ALLOW, permissionGroups: ["Workers Scripts Write"], resources: { "com.cloudflare.api.account": "*" } });
   */
  public addPolicy(policy: TokenPolicy): void {
    this.policies.add(policy);
  }

  /**
   * Grants the R2 bucket item permission groups of `access` on one bucket (and no other).
   *
   * @param bucket the bucket: `R2BucketRef.fromBucket(bucket)` or `R2BucketRef.fromName(name, jurisdiction?, accountId?)`
   * @param access `read`, `write` or `read-write` (see `R2Access`)
   * @example
   * token.grantR2Bucket(R2BucketRef.fromBucket(assets), R2Access.READ);
   */
  public grantR2Bucket(bucket: R2BucketRef, access: string): void {
    this.addPolicy(r2BucketGrant(this.grantee, bucket, access));
  }

  /**
   * Grants permission groups on one zone.
   *
   * @param zoneId the zone's id (32 hex characters, or a token such as `zone.id`)
   * @param permissionGroups group names or ids, e.g. `["DNS Write"]`
   * @example
   * token.grantZone(zone.id, ["DNS Write", "Zone Read"]);
   */
  public grantZone(zoneId: string, permissionGroups: string[]): void {
    this.addPolicy(zoneGrant(this.grantee, zoneId, permissionGroups));
  }

  /**
   * Grants permission groups on an account: an account-owned token's own account, or for a user-owned
   * token the account named by `accountId` (which it then requires).
   *
   * @param permissionGroups group names or ids, e.g. `["Workers Scripts Write"]`
   * @param accountId the account (32 hex characters)
   * @default accountId - an account-owned token's own account; a user-owned token must name one
   * @example
   * token.grantAccount(["Workers Scripts Write"]);
   */
  public grantAccount(permissionGroups: string[], accountId?: string): void {
    this.addPolicy(accountGrant(this.grantee, permissionGroups, accountId));
  }
}
