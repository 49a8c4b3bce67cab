import type * as ProviderBindings from '@cdktf/provider-time/lib/provider';
import type * as RotatingBindings from '@cdktf/provider-time/lib/rotating';
import type * as StaticBindings from '@cdktf/provider-time/lib/static-resource';

// The hashicorp/time bindings load on first use, not at import: only rotated tokens pay for them.
/* eslint-disable @typescript-eslint/no-require-imports */
export function timeProviderBindings(): typeof ProviderBindings {
  return require('@cdktf/provider-time/lib/provider');
}

export function timeRotatingBindings(): typeof RotatingBindings {
  return require('@cdktf/provider-time/lib/rotating');
}

export function timeStaticBindings(): typeof StaticBindings {
  return require('@cdktf/provider-time/lib/static-resource');
}
/* eslint-enable @typescript-eslint/no-require-imports */
