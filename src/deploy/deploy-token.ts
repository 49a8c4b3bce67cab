import { Annotations, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { DeployPermissionsReport } from './deploy-permissions-report';
import { checkAccess, DeployTokenPlan, planDeployToken, TOKEN_MINTING_WHY } from './private/deploy-token-policies';
import { tokenLabel, ValidationError } from '../core/validation-error';
import { AccountApiToken } from '../tokens/account-api-token';
import { TokenOptions } from '../tokens/api-token-props';
import { resolveAccountId } from '../tokens/private/account-id';
import { pickTokenOptions, TOKEN_OPTIONS } from '../tokens/private/token-props-keys';
import { checkKnownProperties, propertyNames } from '../validation/unknown-properties';

/** Properties of a `DeployToken`. */
export interface DeployTokenProps extends TokenOptions {
  /** The stacks the token deploys (or plans). Not the stack that holds the token. */
  readonly stacks: TerraformStack[];

  /** `deploy` or `plan` (see `DeployAccess`). */
  readonly access: string;

  /**
   * The account that owns the token; account-scoped groups of types that name only a zone apply here.
   *
   * @default - the CLOUDFLARE_ACCOUNT_ID environment variable at synth time
   */
  readonly accountId?: string;

  /**
   * The token's name.
   *
   * @default - `<access> <stack ids>`, e.g. `deploy app, dns`
   */
  readonly name?: string;
}

/**
 * An account-owned token that holds exactly the permission groups the given stacks need, on the accounts
 * and zones they need them: for `cdktf deploy` and `destroy` (`DeployAccess.DEPLOY`) or for `cdktf diff`
 * (`DeployAccess.PLAN`). The groups come from the table in data/deploy-permissions.json, one policy per
 * account or zone. Put it in a bootstrap stack that a person deploys once; CI then uses its value.
 *
 * At synth it warns when it holds groups that can mint tokens, when a PLAN token holds a write group
 * (a type whose docs accept no read group), and when a stack has types the table does not know. It also
 * adds the `DeployPermissionsReport` to each stack.
 *
 * @exampleMetadata fixture=deploy
 * @example
 * const bootstrap = new TerraformStack(app, "bootstrap");
 * new DeployToken(bootstrap, "ci", { stacks: [appStack, dnsStack], access: DeployAccess.DEPLOY, expiresOn: "2027-01-01T00:00:00Z" });
 */
export class DeployToken extends AccountApiToken {
  /** `deploy` or `plan`. */
  public readonly access: string;

  public constructor(scope: Construct, id: string, props: DeployTokenProps) {
    const label = tokenLabel(new.target.name, scope, id);
    const stacks = checkedStacks(scope, props, label);
    const access = checkAccess(props.access, label);
    const accountId = resolveAccountId(props.accountId, label);
    const plan = planDeployToken(stacks, access, accountId, label);
    super(scope, id, {
      accountId,
      name: props.name ?? `${access} ${stacks.map((s) => s.node.id).join(', ')}`,
      policies: plan.policies,
      ...pickTokenOptions(props),
    });
    this.access = access;
    warn(this, plan);
    for (const stack of stacks) DeployPermissionsReport.addTo(stack);
    // Resources added to the stacks after this constructor would be missing from the token: refuse them.
    this.node.addValidation({
      validate: () => {
        const now = planDeployToken(stacks, access, accountId, label).signature;
        return now === plan.signature
          ? []
          : [`${label}: the stacks' Cloudflare resources changed after the token was created, so it would not hold what they need. Create the DeployToken after everything in its stacks.`];
      },
    });
  }
}

const DEPLOY_TOKEN_PROPS = propertyNames<DeployTokenProps>({ ...TOKEN_OPTIONS, stacks: true, access: true, accountId: true, name: true });

function checkedStacks(scope: Construct, props: DeployTokenProps, label: string): TerraformStack[] {
  if (props === undefined || props === null || typeof props !== 'object') throw new ValidationError('props are required: { stacks, access }.', label);
  checkKnownProperties(props, DEPLOY_TOKEN_PROPS, label, 'props');
  if (!Array.isArray(props.stacks) || props.stacks.length === 0 || !props.stacks.every((s) => TerraformStack.isStack(s))) {
    throw new ValidationError('stacks must be a non-empty list of the TerraformStacks the token deploys.', label);
  }
  const own = TerraformStack.of(scope);
  if (props.stacks.includes(own)) {
    throw new ValidationError(`stacks includes "${own.node.id}", the stack that holds the token; put the token in its own bootstrap stack.`, label);
  }
  return props.stacks;
}

function warn(token: DeployToken, plan: DeployTokenPlan): void {
  if (plan.mintingGroups.length > 0) {
    Annotations.of(token).addWarning(`DeployToken holds groups that can create tokens: ${plan.mintingGroups.join('; ')}. Why it matters: ${TOKEN_MINTING_WHY}.`);
  }
  if (plan.writeGroupsForReading.length > 0) {
    Annotations.of(token).addWarning(
      `PLAN token holds groups that are not read-only, because the provider docs accept no read group for these types: ${plan.writeGroupsForReading.join('; ')}.`,
    );
  }
  for (const u of plan.unknown) {
    Annotations.of(token).addWarning(
      `DeployToken: stack "${u.stack}" has ${u.kind} type ${u.type} (${u.paths.join(', ')}) that the permission table cannot answer for (${u.reason}); ` +
        'the token does not hold its permissions: add them with addPolicy().',
    );
  }
}
