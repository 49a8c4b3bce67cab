import { Annotations, Aspects, IResolvable, TerraformResource, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { propName } from '../../core/python-names';
import { ValidationError } from '../../core/validation-error';
import { MergeablePolicy } from '../../policy/private/policy-merge';
import { checkPolicies, examplePolicy, finishPolicies, RenderedPolicy, RenderOptions } from '../../policy/private/policy-renderer';
import { Effect, TokenPolicy } from '../../policy/token-policy';
import { IApiToken } from '../i-api-token';

/** How to render one token's policies; `scope` is the token construct. */
export interface PolicyDocumentOptions extends RenderOptions {
  readonly scope: IConstruct;
}

/** The methods that add policies to a token after its constructor, as the compiler knows them. */
const POLICY_METHODS: ReadonlyArray<keyof IApiToken> = ['addPolicy', 'grantR2Bucket', 'grantZone', 'grantAccount'];

/**
 * The one owner of a token's policies: it checks the constructor's policies at once (so their errors come
 * from the constructor), holds them with the ones added later (`addPolicy` and the grants), checks those
 * at synth with the same checks, freezes them all then, and merges and renders them together for the
 * provider.
 */
export class PolicyDocument {
  /** The provider's `policies` argument, resolved at synth so that policies added until then appear. */
  public readonly value: IResolvable;
  private readonly added: TokenPolicy[] = [];
  /** The constructor's policies, checked once (their errors come from the constructor). */
  private readonly initialChecked: readonly MergeablePolicy[];
  private readonly initialCount: number;
  private rendered?: RenderedPolicy[];
  private guarded = false;

  public constructor(
    initial: readonly TokenPolicy[] | undefined,
    private readonly options: PolicyDocumentOptions,
  ) {
    this.initialChecked = checkPolicies(initial, options);
    this.initialCount = (initial ?? []).length;
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
    // The added policies are checked here, numbered after the constructor's, and merged with them.
    const checked = this.added.length === 0
      ? this.initialChecked
      : [...this.initialChecked, ...checkPolicies(this.added, this.options, this.initialCount + 1)];
    const policies = finishPolicies(checked, this.options);
    const label = this.options.owner.label;
    if (policies.length === 0) {
      throw new ValidationError(
        `the token has no policies. Give at least one in policies, e.g. [${examplePolicy()}], ` +
          `or grant some before synth (${POLICY_METHODS.map(propName).join(', ')}).`,
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
