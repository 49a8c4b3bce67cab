import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { Construct } from 'constructs';

/**
 * The Cloudflare provider, configured from the environment: CLOUDFLARE_API_TOKEN, and CLOUDFLARE_BASE_URL
 * when pointing at another API root (the end-to-end tests use a local one).
 */
export function cloudflareProvider(scope: Construct): CloudflareProvider {
  return new CloudflareProvider(scope, 'cloudflare', {});
}
