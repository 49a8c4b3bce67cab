import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { isUnresolved } from '../validation/unresolved';

/**
 * Which Cloudflare Terraform provider (`cloudflare/cloudflare`) a stack runs.
 *
 * `@cdktf/provider-cloudflare` 13.9.1 pins provider 5.14.0 in every stack that uses it. This library's
 * end-to-end suite runs provider `TESTED` (5.24.0); the resources it emits have the same schema in both,
 * but 5.19 turned `policies` from a set back into a list, fixed drift and expired-token handling
 * (see the README's "Provider versions"). Pin the tested version in each stack with one line.
 *
 * @example
 * CloudflareProviderVersion.pin(this);
 */
export class CloudflareProviderVersion {
  /** The provider version the end-to-end suite deploys with (a real build of that release). */
  public static readonly TESTED = '5.24.0';

  /** The provider version that `@cdktf/provider-cloudflare` 13.9.1 pins when nothing else is said. */
  public static readonly BINDINGS = '5.14.0';

  /**
   * Sets the `cloudflare/cloudflare` version constraint of the stack that holds `scope`, replacing the
   * bindings' 5.14.0.
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
