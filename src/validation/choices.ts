/**
 * The valid values of a constants class such as `TokenStatus` (its static string members), so that checks
 * and error messages never list them by hand.
 */
export class Choices {
  /** The values, in declaration order. */
  public readonly values: readonly string[];
  /** e.g. `"active" or "disabled" (TokenStatus.ACTIVE, TokenStatus.DISABLED)` */
  public readonly hint: string;

  public constructor(constants: { readonly name: string }) {
    const members = Object.entries(constants).filter((member): member is [string, string] => typeof member[1] === 'string');
    this.values = members.map(([, value]) => value);
    this.hint = `${inWords(this.values.map((value) => `"${value}"`))} (${members.map(([name]) => `${constants.name}.${name}`).join(', ')})`;
  }

  /** The value among the choices that equals `value` ignoring case, if any. */
  public find(value: string): string | undefined {
    const lower = value.toLowerCase();
    return this.values.find((choice) => choice === lower);
  }
}

/** "a", "a or b", "a, b or c". */
function inWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
