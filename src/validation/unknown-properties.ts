import { editDistance } from '../core/edit-distance';
import { pythonName } from '../core/python-names';
import { ErrorSubject, ValidationError } from '../core/validation-error';

/**
 * The property names of a struct, from a record over its `keyof`: the compiler checks the list in both
 * directions, so a new property cannot be forgotten here and then refused as unknown.
 */
export function propertyNames<T>(names: Record<keyof T, true>): readonly string[] {
  return Object.keys(names);
}

/**
 * Refuses properties a struct does not have. jsii and TypeScript drop or allow them silently (a variable,
 * plain JavaScript, or a dict), and a misspelt optional property would otherwise be ignored: a policy
 * `{ Effect: "deny" }` would lose its effect.
 *
 * @param value the struct as it arrived
 * @param known the struct's property names, as TypeScript spells them
 * @param what  how the message names the struct, e.g. `policy #1` or `props`
 */
export function checkKnownProperties(value: object, known: readonly string[], label: ErrorSubject, what: string): void {
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length === 0) return;
  const hints = unknown.map((key) => `"${key}" (did you mean ${spellings(nearest(key, known))}?)`);
  throw new ValidationError(
    `${what} has unknown ${unknown.length === 1 ? 'property' : 'properties'} ${hints.join(', ')}. ` +
      `Valid: ${known.map(spellings).join(', ')}. An unknown property would be ignored, so it is refused.`,
    label,
  );
}

/** The known name closest to `key`, ignoring case, `_` and `-` (so `permission_groups` finds `permissionGroups`). */
function nearest(key: string, known: readonly string[]): string {
  const folded = fold(key);
  return [...known].sort((a, b) => editDistance(folded, fold(a)) - editDistance(folded, fold(b)) || a.localeCompare(b))[0];
}

function fold(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}

/** `"notBefore"`, with the Python spelling when it differs: `"notBefore" (Python: not_before)`. */
function spellings(name: string): string {
  const python = pythonName(name);
  return python === name ? `"${name}"` : `"${name}" (Python: ${python})`;
}
