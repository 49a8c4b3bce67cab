import { Token } from 'cdktf';

// Strings as Terraform sees them: cdktf tokens (values only Terraform resolves) inside them, and the text
// written for them in `.tf.json`.

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

/**
 * User text for a string attribute, so that Terraform passes it on exactly as typed. String values in
 * `.tf.json` are templates: a literal `${` or `%{` is escaped as `$${` / `%%{`. cdktf tokens stay
 * references, and a literal run of `$` right before one is written as `${"$..."}`, because `$${` there
 * would escape the reference instead.
 */
export function literalText(value: string): string {
  if (!isUnresolved(value)) return escapeTemplate(value);
  const parts = splitOnTokens(value);
  return parts
    .map((part, index) => {
      if (isUnresolved(part)) return part;
      const escaped = escapeTemplate(part);
      const beforeToken = index + 1 < parts.length;
      return beforeToken ? escaped.replace(/(\$+)$/, (run) => `\${"${run}"}`) : escaped;
    })
    .join('');
}

/** Literal text with its template sigils escaped (`${` → `$${`, `%{` → `%%{`), so that Terraform reads it as written. */
export function escapeTemplate(text: string): string {
  return text.replace(/([$%])\{/g, (_, sigil: string) => `${sigil}${sigil}{`);
}
