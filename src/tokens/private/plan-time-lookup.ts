import { createHash } from 'crypto';
import { Construct } from 'constructs';
import { accountGroupsListBindings, userGroupsListBindings } from '../../bindings/cloudflare-bindings';
import { literalText } from '../../core/terraform-text';
import { PlanTimeGroupLookup } from '../../policy/private/policy-renderer';

/**
 * A look-up that resolves permission group names through the provider's list data source, one data
 * source per distinct name and scope, failing the plan with the name when Cloudflare has no such group.
 * `accountId` selects the account variant (for account-owned tokens).
 */
export function planTimeGroupLookup(scope: Construct, accountId: string | undefined): PlanTimeGroupLookup {
  const cache = new Map<string, string>();
  return (name, groupScope) => {
    const cacheKey = `${name}\u0000${groupScope ?? ''}`;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    // Named by what it looks up, not by how many came before: reordering grants keeps every name.
    const id = `PermissionGroup-${createHash('sha256').update(cacheKey).digest('hex').slice(0, 12)}`;
    const lifecycle = {
      postcondition: [
        {
          condition: '${length(self.result) > 0}',
          errorMessage: literalText(`Cloudflare has no permission group named "${name}"${groupScope ? ` in scope ${groupScope}` : ''}.`),
        },
      ],
    };
    const filter = { name: literalText(name), scope: groupScope, lifecycle };
    const dataSource =
      accountId === undefined
        ? new (userGroupsListBindings().DataCloudflareApiTokenPermissionGroupsList)(scope, id, filter)
        : new (accountGroupsListBindings().DataCloudflareAccountApiTokenPermissionGroupsList)(scope, id, { ...filter, accountId });
    const groupId = dataSource.result.get(0).id;
    cache.set(cacheKey, groupId);
    return groupId;
  };
}
