import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { isVersionConstraint } from './private/version-constraint';
import { isUnresolved } from '../core/terraform-text';
import { ValidationError } from '../core/validation-error';
import { describeMissing, requireString } from '../validation/required';

const WHERE = 'CloudflareProviderVersion.pin';

/**
 * Which Cloudflare Terraform provider (`cloudflare/cloudflare`) a stack runs.
 *
 * The library writes its resources with its own bindings, generated from the schema of provider
 * `BINDINGS` (5.24.0), the version its end-to-end suite runs (`TESTED`); `CloudflareTokensProvider` pins
 * it. A stack that declares the provider with `@cdktf/provider-cloudflare` 13.9.1 gets that package's
 * 5.14.0 instead: 5.19 turned `policies` from a set back into a list, fixed drift and expired-token
 * handling (see docs/provider-versions.md). Pin the tested version in such a stack with one line.
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
   * @param version a literal Terraform version constraint such as "5.24.0", "~> 5.24" or ">= 5.14, < 6"
   *   (Terraform reads it before any variable exists, so a token is refused); default: `TESTED`
   */
  public static pin(scope: IConstruct, version: string = CloudflareProviderVersion.TESTED): void {
    const fix = `give a Terraform version constraint such as "${CloudflareProviderVersion.TESTED}", "~> 5.24" or ">= 5.14, < 6", or leave it out for the tested version`;
    if (scope === undefined || scope === null || typeof scope !== 'object') {
      throw new ValidationError(`scope is ${describeMissing(scope)}; give a construct of the stack, usually the stack itself.`, WHERE);
    }
    requireString(version, 'version', fix, WHERE);
    if (isUnresolved(version)) {
      // Terraform reads required_providers before any variable or resource exists.
      throw new ValidationError(`version is a value known only at plan time; Terraform takes only a literal constraint there. ${capitalized(fix)}.`, WHERE);
    }
    if (!isVersionConstraint(version)) {
      throw new ValidationError(`version "${version}" is not a Terraform version constraint; ${fix}.`, WHERE);
    }
    TerraformStack.of(scope).addOverride('terraform.required_providers.cloudflare', {
      source: 'cloudflare/cloudflare',
      version,
    });
  }

  private constructor() {}
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
