import { AccountToken } from '@cdktf/provider-cloudflare/lib/account-token';
import { Construct } from 'constructs';
import { resolveAccountId } from './account-id';
import { ApiTokenBase } from './api-token-base';
import { AccountApiTokenProps } from './api-token-props';
import { childPath } from './construct-path';
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
export class AccountApiToken extends ApiTokenBase {
  /** The account that owns the token. */
  public readonly accountId: string;
  /** The underlying `cloudflare_account_token` resource, for anything this construct does not cover. */
  public readonly resource: AccountToken;

  public constructor(scope: Construct, id: string, props: AccountApiTokenProps) {
    super(scope, id, props, resolveAccountId(props?.accountId, `AccountApiToken "${childPath(scope, id)}"`));
    this.resource = this.tokenResource as AccountToken;
    this.accountId = this.resource.accountIdInput!;
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
