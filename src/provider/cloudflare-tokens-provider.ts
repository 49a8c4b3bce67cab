import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { cloudflareProviderBindings } from '../bindings/cloudflare-bindings';

/** Properties of a `CloudflareTokensProvider`: the arguments of the `cloudflare` provider block. */
export interface CloudflareTokensProviderProps {
  /**
   * The API token the provider authenticates with.
   *
   * @default - the CLOUDFLARE_API_TOKEN environment variable
   */
  readonly apiToken?: string;

  /**
   * The global API key (with `email`), instead of an API token.
   *
   * @default - the CLOUDFLARE_API_KEY environment variable
   */
  readonly apiKey?: string;

  /**
   * The email of the global API key's user.
   *
   * @default - the CLOUDFLARE_EMAIL environment variable
   */
  readonly email?: string;

  /**
   * An API user service key (for the Origin CA endpoints only).
   *
   * @default - the CLOUDFLARE_API_USER_SERVICE_KEY environment variable
   */
  readonly apiUserServiceKey?: string;

  /**
   * Another root of the Cloudflare API.
   *
   * @default - the CLOUDFLARE_BASE_URL environment variable, else Cloudflare's API
   */
  readonly baseUrl?: string;

  /**
   * Text added to the provider's User-Agent header.
   *
   * @default - the CLOUDFLARE_USER_AGENT_OPERATOR_SUFFIX environment variable, else none
   */
  readonly userAgentOperatorSuffix?: string;

  /**
   * An alias, for a second configuration of the provider. The library's tokens use the default
   * (unaliased) one.
   *
   * @default - the default configuration
   */
  readonly alias?: string;
}

/**
 * The Cloudflare provider (`cloudflare/cloudflare`, pinned to `CloudflareProviderVersion.BINDINGS`) for a
 * stack that needs no other Cloudflare resource: it comes with this library, so the stack needs no
 * prebuilt provider package. A stack that already declares a Cloudflare provider with other bindings (for
 * example `CloudflareProvider` of `@cdktf/provider-cloudflare`) keeps that one instead: Terraform takes one
 * default configuration per provider.
 *
 * @example
 * new CloudflareTokensProvider(this, "cloudflare", {});
 * new AccountApiToken(this, "ci", {
 *   accountId,
 *   name: "CI",
 *   policies: [{ effect: "allow", permissionGroups: ["Zone Read"], resources: { "com.cloudflare.api.account.zone.*": "*" } }],
 * });
 */
export class CloudflareTokensProvider extends Construct {
  /** The provider block; pass it as `provider` to resources of other bindings when it has an alias. */
  public readonly provider: TerraformProvider;

  public constructor(scope: Construct, id: string, props: CloudflareTokensProviderProps = {}) {
    super(scope, id);
    const provider = new (cloudflareProviderBindings().CloudflareProvider)(this, 'Provider', { ...props });
    this.provider = provider;
    const stack = TerraformStack.of(this);
    this.node.addValidation({
      validate: () => {
        const others = cloudflareProviders(stack).filter((p) => p !== provider && p.alias === provider.alias);
        if (others.length === 0) return [];
        const which = provider.alias === undefined ? 'default' : `alias "${provider.alias}"`;
        return [
          `${this.node.path}: the stack declares another Cloudflare provider with the ${which} configuration (${others.map((p) => p.node.path).join(', ')}); ` +
            'Terraform refuses two. Keep one of them (the library uses any Cloudflare provider of the stack).',
        ];
      },
    });
  }
}

/** Every Cloudflare provider block of the stack, whichever bindings declared it (by provider type). */
function cloudflareProviders(stack: TerraformStack): TerraformProvider[] {
  return stack.node.findAll().filter((c): c is TerraformProvider => c instanceof TerraformProvider && c.terraformResourceType === 'cloudflare');
}
