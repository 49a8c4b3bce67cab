import { ApiToken } from '@cdktf/provider-cloudflare/lib/api-token';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { IApiToken } from './api-token';
import { UserApiTokenProps } from './api-token-props';
import { planTimeGroupLookup } from './plan-time-lookup';
import { s3CredentialOutputs, s3CredentialsOf } from './s3-credentials';
import { buildTokenConfig } from './token-config';

/**
 * A user-owned Cloudflare API token (`cloudflare_api_token`), with its R2 S3 credentials.
 *
 * Its policies name accounts explicitly (the bare `com.cloudflare.api.account` key needs an account
 * and is refused here).
 */
export class UserApiToken extends Construct implements IApiToken {
  /** The underlying `cloudflare_api_token` resource, for anything this construct does not cover. */
  public readonly resource: ApiToken;
  public readonly tokenId: string;
  public readonly value: string;
  public readonly status: string;
  public readonly accessKeyId: string;
  public readonly secretAccessKey: string;
  /** The sensitive output of the access key id, unless outputs are turned off. */
  public readonly accessKeyIdOutput?: TerraformOutput;
  /** The sensitive output of the secret access key, unless outputs are turned off. */
  public readonly secretAccessKeyOutput?: TerraformOutput;

  public constructor(scope: Construct, id: string, props: UserApiTokenProps) {
    super(scope, id);
    const where = `UserApiToken "${this.node.path}"`;
    const config = buildTokenConfig(
      this,
      props,
      { where },
      props?.resolvePermissionGroupsAtPlanTime ? planTimeGroupLookup(this, undefined) : undefined,
    );
    this.resource = new ApiToken(this, 'Resource', config);
    this.tokenId = this.resource.id;
    this.value = this.resource.value;
    this.status = this.resource.status;
    const credentials = s3CredentialsOf(this.tokenId, this.value);
    this.accessKeyId = credentials.accessKeyId;
    this.secretAccessKey = credentials.secretAccessKey;
    const outputs = props.createOutputs ?? true ? s3CredentialOutputs(this, credentials) : undefined;
    this.accessKeyIdOutput = outputs?.accessKeyIdOutput;
    this.secretAccessKeyOutput = outputs?.secretAccessKeyOutput;
  }
}
