import { AccountToken } from '@cdktf/provider-cloudflare/lib/account-token';
import { ApiToken } from '@cdktf/provider-cloudflare/lib/api-token';
import { TerraformOutput, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { IApiToken } from './api-token';
import { ApiTokenProps } from './api-token-props';
import { planTimeGroupLookup } from './plan-time-lookup';
import { s3CredentialOutputs, s3CredentialsOf, sensitiveString } from './s3-credentials';
import { buildTokenConfig } from './token-config';

/**
 * What account-owned and user-owned tokens share: checking the props, the provider resource, the S3
 * credentials and their outputs. Account-owned when `accountId` is given, user-owned otherwise.
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

  /** The `cloudflare_account_token` or `cloudflare_api_token` resource. */
  protected readonly tokenResource: TerraformResource;

  protected constructor(scope: Construct, id: string, props: ApiTokenProps, accountId?: string) {
    super(scope, id);
    const owner = { where: `${this.constructor.name} "${this.node.path}"`, accountId };
    const lookup = props?.resolvePermissionGroupsAtPlanTime ? planTimeGroupLookup(this, accountId) : undefined;
    const config = buildTokenConfig(this, props, owner, lookup);
    const resource = accountId === undefined ? new ApiToken(this, 'Resource', config) : new AccountToken(this, 'Resource', { accountId, ...config });
    this.tokenResource = resource;
    this.tokenId = resource.id;
    const credentials = s3CredentialsOf(this, resource.id, resource.value);
    this.accessKeyId = credentials.accessKeyId;
    this.secretAccessKey = credentials.secretAccessKey;
    const outputs = props.createOutputs ?? true ? s3CredentialOutputs(this, credentials) : undefined;
    this.accessKeyIdOutput = outputs?.accessKeyIdOutput;
    this.secretAccessKeyOutput = outputs?.secretAccessKeyOutput;
  }
}
