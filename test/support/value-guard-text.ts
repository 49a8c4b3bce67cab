/** The Terraform text of the hash local of a token value `valueReference` (see src/tokens/private/value-guard.ts). */
export function hashLocalText(valueReference: string): string {
  return `\${(length(compact([${valueReference}])) == 1) ? sha256(${valueReference}) : ""}`;
}

/** Matches the guarded S3 secret: `sensitive()` of the hash `hashReference`, or the guard's error when it is empty. */
export function guardedSecretPattern(hashReference: string | RegExp): RegExp {
  const reference = typeof hashReference === 'string' ? hashReference.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : hashReference.source;
  return new RegExp(`^\\$\\{sensitive\\(\\(length\\(compact\\(\\[(${reference})\\]\\)\\) == 1\\) \\? \\1 : tobool\\("[^"]* has no token value [^"]*"\\)\\)\\}$`);
}

/** Matches `text` as Terraform prints it in a diagnostic, wrapped at any space. */
export function wrapped(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
}
