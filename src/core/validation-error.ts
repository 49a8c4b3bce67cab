import { IConstruct } from 'constructs';

/**
 * What an error is about, named at the start of its message:
 * - a construct: `AccountApiToken "app/deploy"`;
 * - a label, where the construct does not exist yet (`tokenLabel`) or the error is about a part of it
 *   (`AccountApiToken "app/deploy" policy #1`);
 * - `undefined` for a static factory called on its own (`Resources.zone`), whose message names the parameter.
 */
export type ErrorSubject = IConstruct | string | undefined;

/**
 * The one error every check of the library throws: the message says the value and the fix, and starts
 * with its subject. Under Python, jsii raises it as a `RuntimeError` whose text is `Error: <message>`.
 */
export class ValidationError extends Error {
  public constructor(message: string, subject: ErrorSubject) {
    // The name stays "Error": jsii writes it before the message that Python's RuntimeError shows.
    super(subject === undefined ? message : `${labelOf(subject)}: ${message}`);
  }
}

/** How errors name a construct: its class and path, e.g. `AccountApiToken "app/deploy"`; a label stays as it is. */
export function labelOf(subject: IConstruct | string): string {
  return typeof subject === 'string' ? subject : `${subject.constructor.name} "${subject.node.path}"`;
}

/**
 * The label of a construct being built (`labelOf` once it exists). `kind` is the class name
 * (`new.target.name` in a constructor).
 */
export function tokenLabel(kind: string, scope: IConstruct, id: string): string {
  const path = scope.node.path === '' ? id : `${scope.node.path}/${id}`;
  return `${kind} "${path}"`;
}
