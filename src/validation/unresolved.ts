import { Token } from 'cdktf';

// cdktf encodes a token inside a string as `${TfToken[TOKEN.<n>]}`.
const STRING_TOKEN_MARKER = /\$\{TfToken\[[^\]]*\]\}/g;

/** True when the value is, or contains, a cdktf token that only Terraform can resolve. */
export function isUnresolved(value: unknown): boolean {
  return Token.isUnresolved(value);
}

/** The literal parts of a string with each embedded token replaced by `placeholder`. */
export function literalShape(value: string, placeholder = 'x'): string {
  return value.replace(STRING_TOKEN_MARKER, placeholder);
}

/** The string cut into literal runs and whole token markers, in order, with empty runs dropped. */
export function splitOnTokens(value: string): string[] {
  return value.split(new RegExp(`(${STRING_TOKEN_MARKER.source})`)).filter((part) => part !== '');
}
