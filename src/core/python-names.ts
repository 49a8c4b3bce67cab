/**
 * Names in error messages as the user wrote them. The jsii runtime of a Python program sets JSII_AGENT
 * (`Python/3.11.7`) in the library's Node.js process; there, `notBefore` is `not_before` and `in` is `in_`.
 */
export function isPython(): boolean {
  return /^Python\//.test(process.env.JSII_AGENT ?? '');
}

/** A property path or method name in the caller's language: `condition.requestIp.notIn` / `condition.request_ip.not_in`. */
export function propName(path: string): string {
  return isPython() ? path.split('.').map(pythonName).join('.') : path;
}

/** The Python name jsii gives a TypeScript property or method name. */
export function pythonName(name: string): string {
  return name === 'in' ? 'in_' : name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
