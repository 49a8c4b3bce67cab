import { isUnresolved, splitOnTokens } from '../validation/unresolved';

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

function escapeTemplate(text: string): string {
  return text.replace(/([$%])\{/g, (_, sigil: string) => `${sigil}${sigil}{`);
}
