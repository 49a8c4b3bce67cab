import { Construct } from 'constructs';

/** The path a construct with `id` will have under `scope`, for messages written before it exists. */
export function childPath(scope: Construct, id: string): string {
  return scope.node.path === '' ? id : `${scope.node.path}/${id}`;
}
