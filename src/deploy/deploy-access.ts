/** What a `DeployToken` is for. */
export class DeployAccess {
  /** What `cdktf deploy` and `cdktf destroy` need: the groups for changes and for reading. */
  public static readonly DEPLOY = 'deploy';
  /** Read-only, what `cdktf diff` needs (for pull requests): the groups for reading only. */
  public static readonly PLAN = 'plan';

  private constructor() {}
}
