import { DefaultTokenResolver, IPostProcessor, IResolvable, IResolveContext, StringConcat, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';
import { Identity } from './policy-merge';
import { isUnresolved } from '../../core/terraform-text';

// cdktf's expression classes: a reference, or something built only from references, literals and these.
const STRUCTURAL_EXPRESSIONS = new Set(['Reference', 'PropertyAccess', 'ConditionalExpression', 'OperatorExpression', 'FunctionCall', 'ForExpression', 'RawString']);
// Functions that give a new value on every call: the same expression twice is not the same value.
const IMPURE_FUNCTIONS = new Set(['uuid', 'timestamp', 'bcrypt']);
// Separates an expression from its origins; no checked literal (resource key, effect, group id) holds it.
const ORIGINS = '\u0000';

/**
 * How strings compare when merging policies: literals as themselves; strings with cdktf tokens by the
 * Terraform expression they resolve to together with the construct that owns every reference in it.
 *
 * Before cdktf wires cross-stack references (at `app.synth()`), `cloudflare_r2_bucket.bucket.name` of
 * stack `a` and of stack `b` resolve to the same text, so the text alone would say they are equal. Each
 * reference therefore also names the stack it belongs to. Tokens that are not cdktf expressions (a
 * `Lazy`, a custom `IResolvable`) are equal only to the very same token object, and impure functions
 * (`uuid()`, `timestamp()`, `bcrypt()`) to nothing.
 */
export function identityIn(scope: IConstruct | undefined): Identity {
  if (scope === undefined) return (value) => value;
  const objectIds = new WeakMap<object, number>();
  let nextId = 1;
  const objectId = (object: object): number => {
    if (!objectIds.has(object)) objectIds.set(object, nextId++);
    return objectIds.get(object)!;
  };
  return (value) => {
    if (!isUnresolved(value)) return value;
    const resolver = new OriginRecordingResolver(objectId, () => nextId++);
    const resolved = Tokenization.resolve(value, { scope, resolver, preparing: false });
    const expression = typeof resolved === 'string' ? resolved : JSON.stringify(resolved);
    return `${expression}${ORIGINS}${resolver.origins.join(',')}`;
  };
}

/**
 * True only when `a` and `b` are the same value at plan time for certain, by the identity merging uses
 * (see `identityIn`): equal literals, or the same expression over the same constructs. `scope` is where
 * the values are used.
 */
export function sameForCertain(scope: IConstruct, a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const identity = identityIn(scope);
  return identity(a) === identity(b);
}

/** A string with each token written as the Terraform expression it stands for, e.g. `a.${var.b}` (for messages). */
export function expressionTextIn(scope: IConstruct | undefined): (value: string) => string {
  return (value) => {
    if (scope === undefined || !isUnresolved(value)) return value;
    const resolved = Tokenization.resolve(value, { scope, resolver: new DefaultTokenResolver(new StringConcat()), preparing: false });
    return typeof resolved === 'string' ? resolved : JSON.stringify(resolved);
  };
}

/** Resolves like cdktf and notes, for every token met on the way, what makes it this value and no other. */
class OriginRecordingResolver extends DefaultTokenResolver {
  public readonly origins: string[] = [];

  public constructor(
    private readonly objectId: (object: object) => number,
    private readonly uniqueId: () => number,
  ) {
    super(new StringConcat());
  }

  public resolveToken(token: IResolvable, context: IResolveContext, postProcessor: IPostProcessor): any {
    this.origins.push(this.originOf(token));
    return super.resolveToken(token, context, postProcessor);
  }

  private originOf(token: IResolvable): string {
    const kind = token.constructor?.name;
    if (!STRUCTURAL_EXPRESSIONS.has(kind)) return `object#${this.objectId(token)}`;
    const fields = token as unknown as { originStack?: IConstruct; name?: unknown };
    // Each evaluation gives a new value: not even the same token twice is certainly the same value.
    if (kind === 'FunctionCall' && typeof fields.name === 'string' && IMPURE_FUNCTIONS.has(fields.name)) return `impure#${this.uniqueId()}`;
    // A stack's path is unique in its app and does not depend on the order policies were given in.
    if (kind === 'Reference') return fields.originStack === undefined ? 'reference' : `stack:${fields.originStack.node.path}`;
    return kind;
  }
}
