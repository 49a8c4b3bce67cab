import { App } from 'cdktf';
import { AccountTokenStack } from './account-token';
import { CrossStackConsumerStack } from './cross-stack-consumer';
import { R2BucketPresetStack } from './r2-bucket-preset';
import { R2PresignedUrlsStack } from './r2-presigned-urls';
import { ReadonlyTokenStack } from './readonly-token';
import { RestrictedTokenStack } from './restricted-token';
import { RotatedR2ReaderStack } from './rotated-r2-reader';

// The account of Cloudflare's API documentation, so that the examples synthesize without an account.
export const DOCS_EXAMPLE_ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';

/** Every example stack in one app. CLOUDFLARE_ACCOUNT_ID picks the account (the docs' example if unset). */
export function buildExamplesApp(outdir?: string): App {
  process.env.CLOUDFLARE_ACCOUNT_ID ||= DOCS_EXAMPLE_ACCOUNT_ID;
  const app = new App(outdir ? { outdir } : undefined);
  new ReadonlyTokenStack(app, 'readonly-token');
  const r2 = new R2PresignedUrlsStack(app, 'r2-presigned-urls');
  new RestrictedTokenStack(app, 'restricted-token');
  new AccountTokenStack(app, 'account-token');
  new R2BucketPresetStack(app, 'r2-bucket-preset');
  new CrossStackConsumerStack(app, 'r2-consumer', r2.r2Token);
  new RotatedR2ReaderStack(app, 'rotated-r2-reader');
  return app;
}
