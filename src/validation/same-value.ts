import { IResolvable, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';
import { isUnresolved } from '../core/terraform-text';

/**
 * True only when `a` and `b` are the same value at plan time for certain: equal literals, the very same
 * token, or the same attribute of the very same resource (construct identity, never the printed
 * expression: `cloudflare_r2_bucket.bucket.name` of two stacks prints alike). Anything else may differ.
 */
export function sameForCertain(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (a === b) return true;
  if (!isUnresolved(a) || !isUnresolved(b)) return false;
  const [refA, refB] = [attributeOf(a), attributeOf(b)];
  return refA !== undefined && refB !== undefined && refA.identifier === refB.identifier && refA.originStack === refB.originStack;
}

/** A cdktf resource attribute reference (`Reference` in cdktf, not exported): its expression and its stack. */
interface AttributeReference {
  readonly identifier: string;
  readonly originStack: IConstruct;
}

/** The attribute reference a string consists of, and nothing else; undefined for any other string. */
function attributeOf(value: string): AttributeReference | undefined {
  const fragments = Tokenization.reverseString(value);
  if (fragments.length !== 1 || fragments.tokens.length !== 1) return undefined;
  const token: IResolvable & Partial<AttributeReference> = fragments.firstToken!;
  return typeof token.identifier === 'string' && token.originStack !== undefined ? (token as AttributeReference) : undefined;
}
