import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { ApiTokenBase } from './api-token-base';
import { AccountApiTokenProps } from './api-token-props';
import { resolveAccountId } from './private/account-id';
import { TokenResourceSettings } from './private/token-config';
import { accountTokenBindings } from '../bindings/cloudflare-bindings';
import { tokenLabel } from '../core/validation-error';
import { R2Endpoint } from '../r2/endpoint';

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

  public constructor(scope: Construct, id: string, props: AccountApiTokenProps) {
    const accountId = resolveAccountId(props?.accountId, tokenLabel(new.target.name, scope, id));
    super(scope, id, props, accountId);
    this.accountId = accountId;
  }

  /**
   * The underlying `cloudflare_account_token` resource, for anything this construct does not cover; with
   * `rotation.overlap`, the first of the two that take turns (`tokenResources` has both).
   *
   * It is typed as cdktf's `TerraformResource`: the library's provider bindings are internal. Use
   * `addOverride` or `getStringAttribute`, or cast it to the `AccountToken` of your own bindings.
   */
  public get resource(): TerraformResource {
    return this.tokenResource;
  }

  /**
   * The R2 S3 endpoint of the token's account, e.g. `https://<ACCOUNT_ID>.r2.cloudflarestorage.com`.
   *
   * @param jurisdiction `default`, `eu` or `fedramp`
   * @default jurisdiction "default"
   */
  public r2Endpoint(jurisdiction?: string): string {
    return R2Endpoint.s3(this.accountId, jurisdiction);
  }

  /** @internal */
  protected _createResource(id: string, settings: TokenResourceSettings, accountId: string): TerraformResource {
    return new (accountTokenBindings().AccountToken)(this, id, { ...settings, accountId });
  }
}
