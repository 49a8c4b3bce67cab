import { TimeProvider } from '@cdktf/provider-time/lib/provider';
import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

const ENSURED = new WeakSet<TerraformStack>();

/**
 * Makes sure the stack of `scope` configures the hashicorp/time provider that rotation uses. A default
 * (unaliased) time provider the user declared earlier is kept; otherwise one is added at the stack's root.
 */
export function ensureTimeProvider(scope: Construct): void {
  const stack = TerraformStack.of(scope);
  if (ENSURED.has(stack)) return;
  ENSURED.add(stack);
  const declared = stack.node.findAll().some((c) => c instanceof TerraformProvider && c.terraformResourceType === 'time' && c.alias === undefined);
  if (!declared) new TimeProvider(stack, 'cdktf-cloudflare-api-tokens-time');
}
