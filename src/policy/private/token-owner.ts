/**
 * The token that policies, grants and checks are for: how errors name it (`AccountApiToken "app/ci"`, or a
 * part of it such as `AccountApiToken "app/ci" policy #1`), and the owning account of an account-owned token.
 */
export interface TokenOwner {
  /** The owning account's id, for account-owned tokens; undefined for user-owned tokens. */
  readonly accountId?: string;
  /** How errors name the token, or the part of it being checked. */
  readonly label: string;
}
