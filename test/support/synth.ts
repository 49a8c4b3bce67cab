import { App, DefaultTokenResolver, StringConcat, TerraformStack, Testing, Tokenization } from 'cdktf';
import { Construct } from 'constructs';

export const ACCOUNT_ID = '0123456789abcdef0123456789abcdef';

/** Builds one stack with `build` and returns its synthesized Terraform JSON, parsed. */
export function synthJson(build: (stack: TerraformStack) => void): any {
  const stack = new TerraformStack(Testing.app(), 'test');
  build(stack);
  return JSON.parse(Testing.synth(stack));
}

/** Like `synthJson`, with the stack's validations run (as `cdktf synth` runs them). */
export function synthValidated(build: (stack: TerraformStack) => void): any {
  const stack = new TerraformStack(Testing.app(), 'test');
  build(stack);
  return JSON.parse(Testing.synth(stack, true));
}

/** The only resource of `type` in synthesized JSON. */
export function onlyResource(json: any, type: string): any {
  const resources = Object.values(json.resource?.[type] ?? {});
  if (resources.length !== 1) throw new Error(`expected one ${type}, found ${resources.length}`);
  return resources[0];
}

/** Runs `build` in a fresh stack and returns the thrown error message (fails if nothing is thrown). */
export function synthError(build: (scope: Construct) => void): string {
  const stack = new TerraformStack(new App(), 'test');
  return thrownMessage(() => build(stack));
}

/** The message of the error `fn` throws (fails the test if it throws nothing). */
export function thrownMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error, but none was thrown');
}

/** The Terraform expression a token string resolves to in `scope`'s stack, e.g. `${sensitive(local.x)}`. */
export function expressionOf(scope: Construct, value: string): unknown {
  return Tokenization.resolve(value, { scope, resolver: new DefaultTokenResolver(new StringConcat()), preparing: false });
}
