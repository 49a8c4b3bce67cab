import { IConstruct } from 'constructs';

/**
 * How errors name a token construct: its class and its construct path, e.g. `AccountApiToken "app/deploy"`.
 * `kind` is the class name (`new.target.name` in a constructor, where the construct does not exist yet).
 */
export function tokenLabel(kind: string, scope: IConstruct, id: string): string {
  const path = scope.node.path === '' ? id : `${scope.node.path}/${id}`;
  return `${kind} "${path}"`;
}

/** The label of a construct that exists; see `tokenLabel`. */
export function labelOf(construct: IConstruct): string {
  return `${construct.constructor.name} "${construct.node.path}"`;
}
