import type * as ProviderBindings from './generated/providers/time/provider';
import type * as RotatingBindings from './generated/providers/time/rotating';
import type * as StaticBindings from './generated/providers/time/static-resource';

// The hashicorp/time bindings load on first use, not at import: only rotated tokens pay for them.
/* eslint-disable @typescript-eslint/no-require-imports */
export function timeProviderBindings(): typeof ProviderBindings {
  return require('./generated/providers/time/provider');
}

export function timeRotatingBindings(): typeof RotatingBindings {
  return require('./generated/providers/time/rotating');
}

export function timeStaticBindings(): typeof StaticBindings {
  return require('./generated/providers/time/static-resource');
}
/* eslint-enable @typescript-eslint/no-require-imports */
