import { DefaultTokenResolver, StringConcat, TerraformDataSource, TerraformResource, TerraformStack, Tokenization } from 'cdktf';

/** Where a Cloudflare resource or data source lives, as its arguments say. */
export interface CloudflareElement {
  readonly kind: 'resource' | 'data-source';
  readonly type: string;
  /** The construct path, e.g. `app/bucket`. */
  readonly path: string;
  /** The account id as Terraform will see it: a literal or a `${...}` expression; undefined when not set. */
  readonly accountId?: string;
  /** The zone id, likewise. */
  readonly zoneId?: string;
}

/**
 * Every Cloudflare resource and data source of a stack, whichever bindings made it: matched by the
 * Terraform type prefix `cloudflare_`. Account and zone ids are resolved to Terraform text, so that a
 * cdktf token prints as the expression it stands for (stable, unlike the token's marker).
 */
export function cloudflareElements(stack: TerraformStack): CloudflareElement[] {
  const elements: CloudflareElement[] = [];
  const resources = new Map<string, Record<string, unknown>>();
  const found: { kind: 'resource' | 'data-source'; element: TerraformResource | TerraformDataSource; args: Record<string, unknown> }[] = [];
  for (const construct of stack.node.findAll()) {
    const kind = construct instanceof TerraformResource ? 'resource' : construct instanceof TerraformDataSource ? 'data-source' : undefined;
    if (kind === undefined) continue;
    const element = construct as TerraformResource | TerraformDataSource;
    const args = argumentsOf(element);
    if (kind === 'resource') resources.set(`${element.terraformResourceType}.${element.friendlyUniqueId}`, args);
    if (element.terraformResourceType.startsWith('cloudflare_')) found.push({ kind, element, args });
  }
  const place = (value: unknown) => asText(followReferences(stack, resolveIn(stack, value), resources));
  for (const { kind, element, args } of found) {
    elements.push({
      kind,
      type: element.terraformResourceType,
      path: element.node.path,
      accountId: place(args.account_id ?? (args.account as { id?: unknown } | undefined)?.id),
      zoneId: place(args.zone_id ?? (args.zone as { id?: unknown } | undefined)?.id),
    });
  }
  return elements;
}

const REFERENCE = /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}$/;

/**
 * `${cloudflare_r2_bucket.b.account_id}` becomes the literal the stack configures for that argument: Terraform
 * keeps a configured argument's value, so both are equal for certain at plan time. Anything else stays
 * Terraform text.
 */
function followReferences(stack: TerraformStack, value: unknown, resources: Map<string, Record<string, unknown>>, depth = 0): unknown {
  const match = typeof value === 'string' ? REFERENCE.exec(value) : null;
  if (!match || depth > 8) return value;
  const args = resources.get(`${match[1]}.${match[2]}`);
  if (!args || args[match[3]] === undefined) return value;
  const target = resolveIn(stack, args[match[3]]);
  return typeof target === 'string' ? followReferences(stack, target, resources, depth + 1) : value;
}

function argumentsOf(element: TerraformResource | TerraformDataSource): Record<string, unknown> {
  const json = element.toTerraform() as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
  const byType = Object.values(json.resource ?? json.data ?? {})[0] ?? {};
  return Object.values(byType)[0] ?? {};
}

function resolveIn(stack: TerraformStack, value: unknown): unknown {
  return Tokenization.resolve(value, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) });
}

function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
