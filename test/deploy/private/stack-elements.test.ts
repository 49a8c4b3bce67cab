import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { cloudflareElements } from '../../../src/deploy/private/stack-elements';
import { ACCOUNT_ID } from '../../support/synth';

describe('cloudflareElements', () => {
  test('finds Cloudflare resources by type, with their account as Terraform text', () => {
    const stack = new TerraformStack(new App(), 'app');
    new R2Bucket(stack, 'literal', { accountId: ACCOUNT_ID, name: 'a' });
    const account = new TerraformVariable(stack, 'account', { type: 'string' });
    new R2Bucket(stack, 'variable', { accountId: account.stringValue, name: 'b' });
    expect(cloudflareElements(stack)).toEqual([
      { kind: 'resource', type: 'cloudflare_r2_bucket', path: 'app/literal', accountId: ACCOUNT_ID, zoneId: undefined },
      { kind: 'resource', type: 'cloudflare_r2_bucket', path: 'app/variable', accountId: '${var.account}', zoneId: undefined },
    ]);
  });
});
