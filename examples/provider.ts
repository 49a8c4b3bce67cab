import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { Construct } from 'constructs';
import { CloudflareProviderVersion } from '../src';

/**
 * The Cloudflare provider, configured from the environment: CLOUDFLARE_API_TOKEN, and CLOUDFLARE_BASE_URL
 * when pointing at another API root (the end-to-end tests use a local one). The stack runs the provider
 * version this library is tested with, not the bindings' default.
 */
export function cloudflareProvider(scope: Construct): CloudflareProvider {
  CloudflareProviderVersion.pin(scope);
  return new CloudflareProvider(scope, 'cloudflare', {});
}
