import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { timeProviderBindings } from '../../bindings/time-bindings';

const ENSURED = new WeakSet<TerraformStack>();
// The version the end-to-end suite runs (scripts/e2e-tools.sh builds it); the bindings would pin 0.13.1.
export const TESTED_TIME_PROVIDER_VERSION = '0.14.2';

/**
 * Makes sure the stack of `scope` configures the hashicorp/time provider that rotation uses. A default
 * (unaliased) time provider the user declared earlier is kept, with its version; otherwise one is added
 * at the stack's root, pinned to the tested version.
 */
export function ensureTimeProvider(scope: Construct): void {
  const stack = TerraformStack.of(scope);
  if (ENSURED.has(stack)) return;
  ENSURED.add(stack);
  if (defaultTimeProviders(stack).length > 0) return;
  const added = new (timeProviderBindings().TimeProvider)(stack, 'cdktf-cloudflare-api-tokens-time');
  stack.addOverride('terraform.required_providers.time', { source: 'hashicorp/time', version: TESTED_TIME_PROVIDER_VERSION });
  stack.node.addValidation({
    validate: () => {
      const others = defaultTimeProviders(stack).filter((p) => p !== added);
      if (others.length === 0) return [];
      return [
        `The stack declares a time provider (${others.map((p) => p.node.path).join(', ')}) after a rotated token, which added its own ` +
          '(Terraform refuses two default configurations of one provider). Declare it before the first rotated token, or remove it.',
      ];
    },
  });
}

function defaultTimeProviders(stack: TerraformStack): TerraformProvider[] {
  return stack.node.findAll().filter((c): c is TerraformProvider => c instanceof TerraformProvider && c.terraformResourceType === 'time' && c.alias === undefined);
}
