import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { ApiTokenBase } from './api-token-base';
import { UserApiTokenProps } from './api-token-props';
import { TokenResourceSettings } from './private/token-config';
import { apiTokenBindings } from '../bindings/cloudflare-bindings';

/**
 * A user-owned Cloudflare API token (`cloudflare_api_token`), with its R2 S3 credentials.
 *
 * Its policies name accounts explicitly (the bare `com.cloudflare.api.account` key needs an account
 * and is refused here).
 */
export class UserApiToken extends ApiTokenBase {
  public constructor(scope: Construct, id: string, props: UserApiTokenProps) {
    super(scope, id, props);
  }

  /**
   * The underlying `cloudflare_api_token` resource, for anything this construct does not cover; with
   * `rotation.overlap`, the first of the two that take turns (`tokenResources` has both).
   *
   * It is typed as cdktf's `TerraformResource`: the library's provider bindings are internal. Use
   * `addOverride` or `getStringAttribute`, or cast it to the `ApiToken` of your own bindings.
   */
  public get resource(): TerraformResource {
    return this.tokenResource;
  }

  /** @internal */
  protected _createResource(id: string, settings: TokenResourceSettings): TerraformResource {
    return new (apiTokenBindings().ApiToken)(this, id, settings);
  }
}
