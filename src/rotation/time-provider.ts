import { TimeProvider } from '@cdktf/provider-time/lib/provider';
import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

const ENSURED = new WeakSet<TerraformStack>();

/**
 * The hashicorp/time version that rotation is tested with (the end-to-end suite's). `@cdktf/provider-time`
 * 11.0.1 alone asks for exactly 0.13.1.
 */
export const TIME_PROVIDER_VERSION = '0.14.2';

/**
 * Makes sure the stack of `scope` configures the hashicorp/time provider that rotation uses. A default
 * (unaliased) time provider the user declared earlier is kept, with the version the user asked for;
 * otherwise one is added at the stack's root, at `TIME_PROVIDER_VERSION`.
 */
export function ensureTimeProvider(scope: Construct): void {
  const stack = TerraformStack.of(scope);
  if (ENSURED.has(stack)) return;
  ENSURED.add(stack);
  const declared = stack.node.findAll().some((c) => c instanceof TerraformProvider && c.terraformResourceType === 'time' && c.alias === undefined);
  if (declared) return;
  new TimeProvider(stack, 'cdktf-cloudflare-api-tokens-time');
  stack.addOverride('terraform.required_providers.time', { source: 'hashicorp/time', version: TIME_PROVIDER_VERSION });
}
