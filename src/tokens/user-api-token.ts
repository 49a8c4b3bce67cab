import { ApiToken } from '@cdktf/provider-cloudflare/lib/api-token';
import { Construct } from 'constructs';
import { ApiTokenBase } from './api-token-base';
import { UserApiTokenProps } from './api-token-props';

/**
 * A user-owned Cloudflare API token (`cloudflare_api_token`), with its R2 S3 credentials.
 *
 * Its policies name accounts explicitly (the bare `com.cloudflare.api.account` key needs an account
 * and is refused here).
 */
export class UserApiToken extends ApiTokenBase {
  /** The underlying `cloudflare_api_token` resource, for anything this construct does not cover. */
  public readonly resource: ApiToken;

  public constructor(scope: Construct, id: string, props: UserApiTokenProps) {
    super(scope, id, props);
    this.resource = this.tokenResource as ApiToken;
  }
}
