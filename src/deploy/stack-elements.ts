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
  for (const construct of stack.node.findAll()) {
    const kind = construct instanceof TerraformResource ? 'resource' : construct instanceof TerraformDataSource ? 'data-source' : undefined;
    if (kind === undefined) continue;
    const element = construct as TerraformResource | TerraformDataSource;
    const type = element.terraformResourceType;
    if (!type.startsWith('cloudflare_')) continue;
    const args = argumentsOf(element);
    const where = resolveIn(stack, {
      account: args.account_id ?? (args.account as { id?: unknown } | undefined)?.id,
      zone: args.zone_id ?? (args.zone as { id?: unknown } | undefined)?.id,
    });
    elements.push({ kind, type, path: construct.node.path, accountId: asText(where.account), zoneId: asText(where.zone) });
  }
  return elements;
}

function argumentsOf(element: TerraformResource | TerraformDataSource): Record<string, unknown> {
  const json = element.toTerraform() as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
  const byType = Object.values(json.resource ?? json.data ?? {})[0] ?? {};
  return Object.values(byType)[0] ?? {};
}

function resolveIn(stack: TerraformStack, value: Record<string, unknown>): Record<string, unknown> {
  return Tokenization.resolve(value, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) }) as Record<string, unknown>;
}

function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
