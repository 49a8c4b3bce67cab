import { AccountToken } from '@cdktf/provider-cloudflare/lib/account-token';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { resolveAccountId } from './account-id';
import { IApiToken } from './api-token';
import { AccountApiTokenProps } from './api-token-props';
import { planTimeGroupLookup } from './plan-time-lookup';
import { s3CredentialOutputs, s3CredentialsOf } from './s3-credentials';
import { buildTokenConfig } from './token-config';
import { r2S3Endpoint } from '../r2/endpoint';

/**
 * An account-owned Cloudflare API token (`cloudflare_account_token`), with its R2 S3 credentials.
 *
 * @example
 * new AccountApiToken(this, "readonly-token", {
 *   name: "Readonly Zone Token",
 *   policies: [{
 *     effect: "allow",
 *     permissionGroups: ["Zone Read", "Analytics Read"],
 *     resources: { "com.cloudflare.api.account.zone.*": "*" },
 *   }],
 * });
 */
export class AccountApiToken extends Construct implements IApiToken {
  /** The account that owns the token. */
  public readonly accountId: string;
  /** The underlying `cloudflare_account_token` resource, for anything this construct does not cover. */
  public readonly resource: AccountToken;
  public readonly tokenId: string;
  public readonly value: string;
  public readonly status: string;
  public readonly accessKeyId: string;
  public readonly secretAccessKey: string;
  /** The sensitive output of the access key id, unless outputs are turned off. */
  public readonly accessKeyIdOutput?: TerraformOutput;
  /** The sensitive output of the secret access key, unless outputs are turned off. */
  public readonly secretAccessKeyOutput?: TerraformOutput;

  public constructor(scope: Construct, id: string, props: AccountApiTokenProps) {
    super(scope, id);
    const where = `AccountApiToken "${this.node.path}"`;
    this.accountId = resolveAccountId(props?.accountId, where);
    const config = buildTokenConfig(
      this,
      props,
      { where, accountId: this.accountId },
      props?.resolvePermissionGroupsAtPlanTime ? planTimeGroupLookup(this, this.accountId) : undefined,
    );
    this.resource = new AccountToken(this, 'Resource', { accountId: this.accountId, ...config });
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

  /**
   * The R2 S3 endpoint of the token's account, e.g. `https://<ACCOUNT_ID>.r2.cloudflarestorage.com`.
   *
   * @param jurisdiction `default`, `eu` or `fedramp`
   * @default jurisdiction "default"
   */
  public r2Endpoint(jurisdiction?: string): string {
    return r2S3Endpoint(this.accountId, jurisdiction);
  }
}
