/**
 * When a token replaces itself. Rotation happens on `cdktf deploy` (Terraform apply), so deploys must run
 * on a schedule for `every` to take effect; see docs/rotation.md.
 *
 * @example
 * new R2BucketToken(this, "reader", { bucketName: "assets", access: R2Access.READ, rotation: { every: "30d", overlap: "7d" } });
 */
export interface TokenRotation {
  /**
   * How long a token lives before the next apply replaces it: `<n>m`, `<n>h` or `<n>d` (minutes, hours,
   * days), e.g. "90d". Each token also gets an expiry, so a token whose rotation never gets applied still
   * dies: two periods (plus `overlap`) after it was created. `expiresOn` cannot be given with `every`.
   * A change on a deployed token applies from each token's next turn; with `overlap`, a shorter period
   * stops the plan (remove the overlap, deploy, then give the new period with it). At most "106751d"
   * ("53375d" with `overlap`: Terraform counts time in Go durations).
   *
   * @default - no scheduled rotation
   */
  readonly every?: string;

  /**
   * Any string; the token is replaced at the next apply after it changes, e.g. "2". With `overlap` it
   * must be a whole number, raised by one to rotate (the two tokens take turns: odd and even).
   *
   * @default - no rotation on demand
   */
  readonly version?: string;

  /**
   * How long the previous credentials stay valid after a rotation (same form as `every`, and shorter than
   * it): the library keeps two tokens, the current and the previous one, and gives both credentials, so
   * consumers that read them at their own pace never hold dead keys. The first apply after the overlap
   * disables the previous token; its next turn replaces it. With `version`, the version must be a whole
   * number. Guaranteed when deploys run at least every `every` minus `overlap`. A change applies from the
   * next turn (with `version`: the next version); removing it while the second token's credentials are in
   * use stops the plan with the steps. Remove it, and deploy, before removing `rotation` altogether: that
   * step is not guarded.
   *
   * @default - none: the previous token is deleted once its successor exists
   */
  readonly overlap?: string;
}
