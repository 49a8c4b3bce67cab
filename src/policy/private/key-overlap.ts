import { isUnresolved, splitOnTokens } from '../../core/terraform-text';

/**
 * Whether two strings can be the same text at plan time: literals when they are equal; a string with
 * tokens when its literal parts can line up with the other (a token can stand for any text).
 */
export function mayBeEqual(a: string, b: string): boolean {
  if (a === b) return true;
  const [aHasTokens, bHasTokens] = [isUnresolved(a), isUnresolved(b)];
  if (!aHasTokens && !bHasTokens) return false;
  if (!aHasTokens) return patternOf(b).test(a);
  if (!bHasTokens) return patternOf(a).test(b);
  const [aEnds, bEnds] = [literalEnds(a), literalEnds(b)];
  const prefixesAgree = aEnds.prefix.startsWith(bEnds.prefix) || bEnds.prefix.startsWith(aEnds.prefix);
  const suffixesAgree = aEnds.suffix.endsWith(bEnds.suffix) || bEnds.suffix.endsWith(aEnds.suffix);
  return prefixesAgree && suffixesAgree;
}

/** A regular expression that matches every text the string with tokens can become. */
function patternOf(value: string): RegExp {
  const parts = splitOnTokens(value).map((part) => (isUnresolved(part) ? '[\\s\\S]*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${parts.join('')}$`);
}

/** The literal text before the first token and after the last one. */
function literalEnds(value: string): { prefix: string; suffix: string } {
  const parts = splitOnTokens(value);
  const prefix = isUnresolved(parts[0]) ? '' : parts[0];
  const last = parts[parts.length - 1];
  return { prefix, suffix: isUnresolved(last) ? '' : last };
}
