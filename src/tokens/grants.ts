import { Annotations, Aspects, IResolvable, TerraformResource, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { examplePolicy, renderPolicies, RenderedPolicy, RenderOptions } from '../policy/policy-renderer';
import { accountKey, r2BucketKey, zoneKey } from '../policy/resource-key';
import { Effect, TokenPolicy } from '../policy/token-policy';
import { bucketItemGroups } from '../r2/r2-access';
import { R2BucketRef } from '../r2/r2-bucket-ref';
import { propName } from '../validation/prop-names';
import { isUnresolved } from '../validation/unresolved';
import { ValidationError } from '../validation/validation-error';

/**
 * A token's policies: those given to its constructor (already checked and rendered there) and those added
 * later, rendered together, through the same checks, when the resource is synthesized.
 */
export class TokenPolicies {
  /** The provider's `policies` argument, resolved at synth so that policies added until then appear. */
  public readonly value: IResolvable;
  private readonly added: TokenPolicy[] = [];
  private rendered?: RenderedPolicy[];
  private guarded = false;

  public constructor(
    private readonly initial: readonly TokenPolicy[],
    private readonly initialRendered: RenderedPolicy[],
    private readonly options: RenderOptions & { readonly scope: IConstruct },
  ) {
    // A resolvable skips the resource's own mapping to Terraform names, so it applies it. Not cdktf's
    // Lazy: that captures a stack trace per token construct, which costs more than the rendering.
    this.value = {
      creationStack: [],
      resolve: () => this.render().map(policyToTerraform),
      toString() {
        return Token.asString(this);
      },
    };
  }

  /**
   * Renders the policies when the stack is synthesized (before it is turned into JSON: plan-time look-ups
   * add data sources then) and gives each of `resources` the preconditions of keys that may resolve equal.
   */
  public guard(resources: readonly TerraformResource[]): void {
    const token = this.options.scope;
    Aspects.of(token).add({
      visit: (node) => {
        if (node !== token || this.guarded) return;
        this.guarded = true;
        const checks = this.render().flatMap((policy) => policy.keyChecks ?? []);
        if (checks.length === 0) return;
        const precondition = checks.map(({ condition, errorMessage }) => ({ condition, error_message: errorMessage }));
        // An override's list is appended to a list the lifecycle already has (e.g. a rotation's).
        for (const resource of resources) resource.addOverride('lifecycle.precondition', precondition);
      },
    });
  }

  /** Adds a policy; it is checked at synth, numbered after the constructor's policies in errors. */
  public add(policy: TokenPolicy): void {
    if (this.rendered !== undefined) {
      throw new ValidationError('a policy was added after the token was synthesized; add policies before synth.', this.options.owner.label);
    }
    this.added.push(policy);
  }

  /** Every policy, rendered once, when the token is complete: at synth, when the resource resolves. */
  public render(): RenderedPolicy[] {
    if (this.rendered !== undefined) return this.rendered;
    const policies = this.added.length === 0 ? this.initialRendered : renderPolicies([...this.initial, ...this.added], this.options);
    const label = this.options.owner.label;
    if (policies.length === 0) {
      throw new ValidationError(
        `the token has no policies. Give at least one in policies, e.g. [${examplePolicy()}], ` +
          `or grant some before synth (${['addPolicy', 'grantR2Bucket', 'grantZone', 'grantAccount'].map(propName).join(', ')}).`,
        label,
      );
    }
    if (policies.every((policy) => policy.effect === Effect.DENY)) {
      Annotations.of(this.options.scope).addWarning(`${label}: every policy is "deny", so the token grants nothing. Add an "allow" policy; a deny only narrows what allows grant.`);
    }
    this.rendered = policies;
    return policies;
  }
}

/** A rendered policy as `cloudflare_account_token` and `cloudflare_api_token` both write it. */
function policyToTerraform(policy: RenderedPolicy): object {
  return { effect: policy.effect, permission_groups: policy.permissionGroups.map(({ id }) => ({ id })), resources: policy.resources };
}

/** Who a grant is for: how errors name the token, and the account of an account-owned token. */
export interface Grantee {
  readonly label: string;
  readonly accountId?: string;
}

/** The policy of `grantR2Bucket`: the bucket item groups of `access`, on that bucket only. */
export function r2BucketGrant(grantee: Grantee, bucket: R2BucketRef, access: string): TokenPolicy {
  const label = `${grantee.label} ${propName('grantR2Bucket')}`;
  const groups = bucketItemGroups(access, label);
  if (!(bucket instanceof R2BucketRef)) {
    throw new ValidationError(`the bucket must be an R2BucketRef; use R2BucketRef.${propName('fromBucket')}(bucket) or R2BucketRef.${propName('fromName')}("name").`, label);
  }
  const accountId = grantAccountId(grantee, bucket.accountId, label, `R2BucketRef.${propName('fromName')}("${bucket.bucketName}", "${bucket.jurisdiction}", "<ACCOUNT_ID>")`);
  const key = r2BucketKey(accountId, bucket.bucketName, bucket.jurisdiction, label);
  return { effect: Effect.ALLOW, permissionGroups: groups, resources: { [key]: '*' } };
}

/** The policy of `grantZone`: the groups on one zone. */
export function zoneGrant(grantee: Grantee, zoneId: string, permissionGroups: string[]): TokenPolicy {
  const key = zoneKey(zoneId, `${grantee.label} ${propName('grantZone')}`);
  return { effect: Effect.ALLOW, permissionGroups, resources: { [key]: '*' } };
}

/** The policy of `grantAccount`: the groups on one account (an account-owned token's own by default). */
export function accountGrant(grantee: Grantee, permissionGroups: string[], accountId?: string): TokenPolicy {
  const label = `${grantee.label} ${propName('grantAccount')}`;
  const account = grantAccountId(grantee, accountId, label, `${propName('grantAccount')}(groups, "<ACCOUNT_ID>")`);
  const key = accountKey(account, label);
  return { effect: Effect.ALLOW, permissionGroups, resources: { [key]: '*' } };
}

/**
 * The account a grant is on: the one given or the token's own. A user-owned token has no own account, and
 * an account-owned token reaches only its own.
 */
function grantAccountId(grantee: Grantee, given: string | undefined, label: string, fix: string): string {
  if (grantee.accountId === undefined) {
    if (given === undefined) {
      throw new ValidationError(`a user-owned token has no account of its own; name the account, e.g. ${fix}.`, label);
    }
    return given;
  }
  if (given !== undefined && !isUnresolved(given) && !isUnresolved(grantee.accountId) && given !== grantee.accountId) {
    throw new ValidationError(
      `account "${given}" is not the token's account "${grantee.accountId}"; an account-owned token reaches only its own account. ` +
        'Use a token of that account, or a UserApiToken.',
      label,
    );
  }
  return given ?? grantee.accountId;
}
