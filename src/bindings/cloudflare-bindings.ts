import type * as AccountTokenBindings from './generated/providers/cloudflare/account-token';
import type * as ApiTokenBindings from './generated/providers/cloudflare/api-token';
import type * as ProviderBindings from './generated/providers/cloudflare/provider';

// The generated Cloudflare bindings load on first use, not at import: importing the library costs only
// its own modules, and each kind of token loads only its resource's bindings.
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
/* eslint-enable @typescript-eslint/no-require-imports */
