import type * as AccountTokenBindings from './generated/providers/cloudflare/account-token';
import type * as ApiTokenBindings from './generated/providers/cloudflare/api-token';
import type * as AccountGroupsListBindings from './generated/providers/cloudflare/data-cloudflare-account-api-token-permission-groups-list';
import type * as UserGroupsListBindings from './generated/providers/cloudflare/data-cloudflare-api-token-permission-groups-list';
import type * as ProviderBindings from './generated/providers/cloudflare/provider';

// The generated Cloudflare bindings load on first use, not at import: importing the library costs only
// its own modules, each kind of token loads only its resource's bindings, and only tokens that resolve
// permission groups at plan time load the list data sources.
/* eslint-disable @typescript-eslint/no-require-imports */
export function accountTokenBindings(): typeof AccountTokenBindings {
  return require('./generated/providers/cloudflare/account-token');
}

export function apiTokenBindings(): typeof ApiTokenBindings {
  return require('./generated/providers/cloudflare/api-token');
}

export function cloudflareProviderBindings(): typeof ProviderBindings {
  return require('./generated/providers/cloudflare/provider');
}

export function userGroupsListBindings(): typeof UserGroupsListBindings {
  return require('./generated/providers/cloudflare/data-cloudflare-api-token-permission-groups-list');
}

export function accountGroupsListBindings(): typeof AccountGroupsListBindings {
  return require('./generated/providers/cloudflare/data-cloudflare-account-api-token-permission-groups-list');
}
/* eslint-enable @typescript-eslint/no-require-imports */
