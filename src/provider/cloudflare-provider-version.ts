import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { isUnresolved } from '../validation/unresolved';

/**
 * Which Cloudflare Terraform provider (`cloudflare/cloudflare`) a stack runs.
 *
 * The library writes its resources with its own bindings, generated from the schema of provider
 * `BINDINGS` (5.24.0), the version its end-to-end suite runs (`TESTED`); `CloudflareTokensProvider` pins
 * it. A stack that declares the provider with `@cdktf/provider-cloudflare` 13.9.1 gets that package's
 * 5.14.0 instead: 5.19 turned `policies` from a set back into a list, fixed drift and expired-token
 * handling (see the README's "Provider versions"). Pin the tested version in such a stack with one line.
 *
 * @example
 * CloudflareProviderVersion.pin(this);
 */
export class CloudflareProviderVersion {
  /** The provider version the end-to-end suite deploys with (a real build of that release). */
  public static readonly TESTED = '5.24.0';

  /** The provider version whose schema the library's own bindings were generated from (and the tested one). */
  public static readonly BINDINGS = '5.24.0';

  /**
   * Sets the `cloudflare/cloudflare` version constraint of the stack that holds `scope`, replacing the one
   * its provider declares (for example the 5.14.0 of `@cdktf/provider-cloudflare` 13.9.1).
   *
   * @param scope any construct of the stack (usually the stack itself)
   * @param version a Terraform version constraint such as "5.24.0" or "~> 5.24"; default: `TESTED`
   */
  public static pin(scope: IConstruct, version: string = CloudflareProviderVersion.TESTED): void {
    if (typeof version !== 'string' || (!isUnresolved(version) && version.trim() === '')) {
      throw new Error(
        `CloudflareProviderVersion.pin: version is ${JSON.stringify(version) ?? 'missing'}; give a Terraform version constraint such as "${CloudflareProviderVersion.TESTED}", or leave it out for the tested version.`,
      );
    }
    TerraformStack.of(scope).addOverride('terraform.required_providers.cloudflare', {
      source: 'cloudflare/cloudflare',
      version,
    });
  }

  private constructor() {}
}
