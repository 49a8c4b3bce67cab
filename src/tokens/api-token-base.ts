import { TerraformOutput, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { ApiTokenProps } from './api-token-props';
import { IApiToken } from './i-api-token';
import { adoptToken, checkAdoption, credentialsWhileAdopted } from './private/adoption';
import { accountGrant, grantLabel, r2BucketGrant, zoneGrant } from './private/grant-policies';
import { planTimeGroupLookup } from './private/plan-time-lookup';
import { PolicyDocument } from './private/policy-document';
import { sensitiveString } from './private/s3-credentials';
import { buildTokenConfig, TokenResourceSettings } from './private/token-config';
import { tokenCredentials } from './private/token-credentials';
import { missingValueMessage, terraformAddress } from './private/value-guard';
import { propName } from '../core/python-names';
import { labelOf } from '../core/validation-error';
import { TokenOwner } from '../policy/private/token-owner';
import { TokenPolicy } from '../policy/token-policy';
import { R2BucketRef } from '../r2/r2-bucket-ref';
import { planRotation } from '../rotation/private/rotation-plan';
import { TokenResources } from '../rotation/private/token-resources';
import { requireString } from '../validation/required';

/**
 * What account-owned and user-owned tokens share: it assembles the checked props, the policies and
 * grants (TokenPolicies), the token resources of the rotation (TokenResources) and the credentials with
 * their outputs (tokenCredentials). Each kind creates its own provider resource; `accountId` is the owning
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

  /**
   * With `rotation.overlap`: the id of the previous token, valid until the first apply after the overlap.
   *
   * @default - no previous token without an overlap
   */
  public readonly previousTokenId?: string;
  /**
   * With `rotation.overlap`: the previous token's S3 Access Key ID (sensitive).
   *
   * @default - no previous token without an overlap
   */
  public readonly previousAccessKeyId?: string;
  /**
   * With `rotation.overlap`: the previous token's S3 Secret Access Key (sensitive).
   *
   * @default - no previous token without an overlap
   */
  public readonly previousSecretAccessKey?: string;
  /**
   * The sensitive output of `previousAccessKeyId`, `<construct path>_previous_access_key_id`.
   *
   * @default - none without an overlap, or with outputs turned off
   */
  public readonly previousAccessKeyIdOutput?: TerraformOutput;
  /**
   * The sensitive output of `previousSecretAccessKey`, `<construct path>_previous_secret_access_key`.
   *
   * @default - none without an overlap, or with outputs turned off
   */
  public readonly previousSecretAccessKeyOutput?: TerraformOutput;
  /**
   * With `rotation.every`: when the next rotation is due (RFC 3339). The first apply after it replaces
   * the token.
   *
   * @default - no schedule
   */
  public readonly nextRotation?: string;
  /**
   * The output of `nextRotation`, `<construct path>_next_rotation` (not sensitive).
   *
   * @default - none without a schedule, or with outputs turned off
   */
  public readonly nextRotationOutput?: TerraformOutput;

  public get value(): string {
    return sensitiveString(this.resources.current('value'));
  }

  /** The token's status: `active`, `disabled` or `expired`. */
  public get status(): string {
    return this.resources.current('status');
  }

  /**
   * The provider resource this kind of token created; with `rotation.overlap`, the first of the two that
   * take turns (`tokenResources` has both).
   */
  protected readonly tokenResource: TerraformResource;
  /** Every provider resource of the token: one, or two with `rotation.overlap` (ids `Resource`, `ResourceB`). */
  protected readonly tokenResources: TerraformResource[];
  private readonly resources: TokenResources;
  private readonly policies: PolicyDocument;
  private readonly owner: TokenOwner;

  protected constructor(scope: Construct, id: string, props: ApiTokenProps, accountId?: string) {
    super(scope, id);
    const owner: TokenOwner = { label: labelOf(this), accountId };
    const lookup = props?.resolvePermissionGroupsAtPlanTime ? planTimeGroupLookup(this, accountId) : undefined;
    const config = buildTokenConfig(this, props, owner);
    this.policies = new PolicyDocument(props.policies, { owner, planTimeLookup: lookup, scope: this });
    const times = { expiresOn: config.expiresOn, notBefore: config.notBefore, status: config.status, label: owner.label, notBeforeName: propName('notBefore') };
    const rotation = planRotation(props.rotation, times);
    const adoptTokenId = checkAdoption(props.adoptTokenId, rotation, owner.label);
    this.owner = owner;
    // The rotation decides the expiry and status of each token resource (from the user's, in `times`).
    this.resources = TokenResources.create(this, rotation, times, (slotId, slot) => {
      const settings = { ...config, policies: this.policies.value, expiresOn: slot.expiresOn, status: slot.status, lifecycle: slot.lifecycle };
      return this._createResource(slotId, settings, accountId);
    });
    this.tokenResources = this.resources.all;
    this.policies.guard(this.tokenResources);
    this.tokenResource = this.resources.first;
    if (adoptTokenId !== undefined) adoptToken(this.tokenResource, adoptTokenId, accountId);
    const missingValue = missingValueMessage(owner.label, this.tokenResources.map(terraformAddress), adoptTokenId !== undefined);
    const credentials = tokenCredentials(this, this.resources, {
      missingValue,
      createOutputs: props.createOutputs ?? true,
      outputCredentials: adoptTokenId === undefined ? undefined : (current) => credentialsWhileAdopted(this, current, missingValue),
    });
    this.tokenId = credentials.tokenId;
    this.accessKeyId = credentials.current.accessKeyId;
    this.secretAccessKey = credentials.current.secretAccessKey;
    this.accessKeyIdOutput = credentials.currentOutputs?.accessKeyIdOutput;
    this.secretAccessKeyOutput = credentials.currentOutputs?.secretAccessKeyOutput;
    this.previousTokenId = credentials.previousTokenId;
    this.previousAccessKeyId = credentials.previous?.accessKeyId;
    this.previousSecretAccessKey = credentials.previous?.secretAccessKey;
    this.previousAccessKeyIdOutput = credentials.previousOutputs?.accessKeyIdOutput;
    this.previousSecretAccessKeyOutput = credentials.previousOutputs?.secretAccessKeyOutput;
    this.nextRotation = this.resources.nextRotation;
    this.nextRotationOutput = credentials.nextRotationOutput;
  }

  /**
   * Creates one of this kind's provider resources, with the construct id `id`, from the checked settings
   * (called by the constructor, so before a subclass's own fields are set).
   *
   * @internal
   */
  protected abstract _createResource(id: string, settings: TokenResourceSettings, accountId: string | undefined): TerraformResource;

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
    this.addPolicy(r2BucketGrant(this.owner, bucket, access));
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
    this.addPolicy(zoneGrant(this.owner, zoneId, permissionGroups));
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
    if (accountId !== undefined) requireString(accountId, 'accountId', 'give the account id (32 hex characters), or leave it out for the token\'s own account', grantLabel(this.owner, 'grantAccount'));
    this.addPolicy(accountGrant(this.owner, permissionGroups, accountId));
  }
}
