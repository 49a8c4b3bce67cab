import { IResolvable, TerraformResource, TerraformResourceLifecycle } from 'cdktf';
import { Construct } from 'constructs';
import { RotationPlan, TokenTimes } from './rotation-plan';
import { choose, rotationLayout } from './rotation-slots';

/** What the rotation decides for one token resource; every other argument is the token's own. */
export interface TokenSlotSettings {
  /** The expiry: the user's, or the one the schedule gives. */
  readonly expiresOn?: string;
  /** The status: the user's, or `disabled` for a previous token whose overlap has ended. */
  readonly status?: string;
  /** Create-before-destroy, what replaces the token, and its plan-time guards. */
  readonly lifecycle?: TerraformResourceLifecycle;
}

/** Creates the token resource with construct id `id` (the kind of token decides which resource). */
export type TokenResourceFactory = (id: string, slot: TokenSlotSettings) => TerraformResource;

/**
 * The provider resources of one token: one, or two that take turns with `rotation.overlap`. It knows
 * which of them holds the current credentials (a Terraform condition for a pair) and when the next
 * rotation is due; the token asks it for the current and previous token's attributes.
 */
export class TokenResources {
  /**
   * Creates the time resources of `plan` under `scope`, then each token resource through `create`.
   * `times` are the user's checked settings (see `rotationLayout`).
   */
  public static create(scope: Construct, plan: RotationPlan | undefined, times: TokenTimes, create: TokenResourceFactory): TokenResources {
    const layout = rotationLayout(scope, plan, times);
    // A loop, not `map`: cdktf captures the whole stack for each token a resource creates, two frames less each.
    const resources: TerraformResource[] = [];
    for (const { id, expiresOn, status, lifecycle } of layout.slots) resources.push(create(id, { expiresOn, status, lifecycle }));
    return new TokenResources(resources, layout.firstIsCurrent, layout.nextRotation);
  }

  private constructor(
    /** Every token resource, the first one first. */
    public readonly all: TerraformResource[],
    private readonly firstIsCurrent: boolean | IResolvable,
    /** When the next scheduled rotation is due (RFC 3339), with `rotation.every`. */
    public readonly nextRotation: string | undefined,
  ) {}

  /** The first token resource (the only one without an overlap). */
  public get first(): TerraformResource {
    return this.all[0];
  }

  /** Whether there is a previous token (two resources that take turns). */
  public get hasPrevious(): boolean {
    return this.all.length === 2;
  }

  /** Attribute `name` of the token that holds the current credentials. */
  public current(name: string): string {
    const [first, second] = this.all;
    if (second === undefined) return first.getStringAttribute(name);
    return choose(this.firstIsCurrent, first.getStringAttribute(name), second.getStringAttribute(name));
  }

  /** Attribute `name` of the previous token; `undefined` with one resource (no previous token). */
  public previous(name: string): string | undefined {
    const [first, second] = this.all;
    if (second === undefined) return undefined;
    return choose(this.firstIsCurrent, second.getStringAttribute(name), first.getStringAttribute(name));
  }
}
