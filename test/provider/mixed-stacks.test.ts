import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { TimeProvider } from '@cdktf/provider-time/lib/provider';
import { App, TerraformProvider, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { AccountApiToken, CloudflareProviderVersion, CloudflareTokensProvider, R2Access, R2BucketRef, R2BucketToken } from '../../src';
import { ACCOUNT_ID, synthValidated } from '../support/synth';

const POLICIES = [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }];

/** A time provider of "other bindings" (as a user's `cdktf get` makes them): only cdktf's base class. */
class OwnTimeProvider extends TerraformProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      terraformResourceType: 'time',
      terraformGeneratorMetadata: { providerName: 'time', providerVersionConstraint: '~> 0.14' },
      terraformProviderSource: 'hashicorp/time',
    });
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return {};
  }
}

describe('a stack that only creates tokens', () => {
  test('declares the provider with CloudflareTokensProvider: one block, pinned to the bindings version', () => {
    const json = synthValidated((stack) => {
      new CloudflareTokensProvider(stack, 'cloudflare', { apiToken: 'x'.repeat(40), baseUrl: 'http://127.0.0.1:1/client/v4' });
      new AccountApiToken(stack, 'ci', { accountId: ACCOUNT_ID, name: 'CI', policies: POLICIES });
    });
    expect(json.provider).toEqual({ cloudflare: [{ api_token: 'x'.repeat(40), base_url: 'http://127.0.0.1:1/client/v4' }] });
    expect(json.terraform.required_providers).toEqual({ cloudflare: { source: 'cloudflare/cloudflare', version: CloudflareProviderVersion.BINDINGS } });
    expect(CloudflareProviderVersion.BINDINGS).toBe(CloudflareProviderVersion.TESTED);
  });

  test('a rotated token adds the time provider at the tested version, once', () => {
    const json = synthValidated((stack) => {
      new CloudflareTokensProvider(stack, 'cloudflare');
      new AccountApiToken(stack, 'a', { accountId: ACCOUNT_ID, name: 'A', policies: POLICIES, rotation: { every: '30d' } });
      new AccountApiToken(stack, 'b', { accountId: ACCOUNT_ID, name: 'B', policies: POLICIES, rotation: { every: '30d' } });
    });
    expect(json.provider).toEqual({ cloudflare: [{}], time: [{}] });
    expect(json.terraform.required_providers).toEqual({
      cloudflare: { source: 'cloudflare/cloudflare', version: '5.24.0' },
      time: { source: 'hashicorp/time', version: '0.14.2' },
    });
  });
});

describe('the library mixed with prebuilt-package resources', () => {
  test('prebuilt provider and bucket: one provider block and one required_providers entry each, at the pinned versions', () => {
    const json = synthValidated((stack) => {
      new CloudflareProvider(stack, 'cloudflare', {});
      new TimeProvider(stack, 'time', {});
      CloudflareProviderVersion.pin(stack);
      const bucket = new R2Bucket(stack, 'assets', { accountId: ACCOUNT_ID, name: 'assets' });
      new R2BucketToken(stack, 'reader', { bucket, access: R2Access.READ, rotation: { every: '30d' } });
      const token = new AccountApiToken(stack, 'ci', { accountId: ACCOUNT_ID, name: 'CI', policies: POLICIES });
      token.grantR2Bucket(R2BucketRef.fromBucket(bucket), R2Access.WRITE);
    });
    expect(json.provider).toEqual({ cloudflare: [{}], time: [{}] });
    expect(json.terraform.required_providers).toEqual({
      cloudflare: { source: 'cloudflare/cloudflare', version: '5.24.0' },
      // The user's own time provider is kept, with its bindings' version.
      time: { source: 'hashicorp/time', version: '0.13.1' },
    });
    expect(Object.keys(json.resource).sort()).toEqual(['cloudflare_account_token', 'cloudflare_r2_bucket', 'time_rotating', 'time_static']);
    const reader = Object.values<any>(json.resource.cloudflare_account_token).find((t) => t.name.startsWith('R2 read'));
    expect(reader.account_id).toBe('${cloudflare_r2_bucket.assets.account_id}');
  });

  test('CloudflareTokensProvider with a prebuilt bucket: the one provider block is the library\'s, pinned to 5.24.0', () => {
    const json = synthValidated((stack) => {
      new CloudflareTokensProvider(stack, 'cloudflare');
      const bucket = new R2Bucket(stack, 'assets', { accountId: ACCOUNT_ID, name: 'assets', jurisdiction: 'eu' });
      new R2BucketToken(stack, 'reader', { bucket, access: R2Access.READ });
    });
    expect(json.provider).toEqual({ cloudflare: [{}] });
    expect(json.terraform.required_providers).toEqual({ cloudflare: { source: 'cloudflare/cloudflare', version: '5.24.0' } });
  });

  test('a time provider of any bindings is recognized by its provider type and kept, with its version', () => {
    const json = synthValidated((stack) => {
      new CloudflareTokensProvider(stack, 'cloudflare');
      new OwnTimeProvider(stack, 'time');
      new AccountApiToken(stack, 'ci', { accountId: ACCOUNT_ID, name: 'CI', policies: POLICIES, rotation: { every: '30d' } });
    });
    expect(json.provider).toEqual({ cloudflare: [{}], time: [{}] });
    expect(json.terraform.required_providers.time).toEqual({ source: 'hashicorp/time', version: '~> 0.14' });
  });

  test('a second default Cloudflare provider, from other bindings, is refused at synth with the fix', () => {
    const stack = new TerraformStack(new App(), 'test');
    new CloudflareTokensProvider(stack, 'tokens');
    new CloudflareProvider(stack, 'cloudflare', {});
    expect(() => Testing.synth(stack, true)).toThrow(
      'test/tokens: the stack declares another Cloudflare provider with the default configuration (test/cloudflare); Terraform refuses two. Keep one of them (the library uses any Cloudflare provider of the stack).',
    );
  });

  test('an aliased second provider is fine; with the prebuilt one in the stack, pin() decides the one version', () => {
    const json = synthValidated((stack) => {
      new CloudflareTokensProvider(stack, 'other', { alias: 'other' });
      new CloudflareProvider(stack, 'cloudflare', {}); // declared last, it would pin its 5.14.0
      CloudflareProviderVersion.pin(stack);
    });
    expect(json.provider.cloudflare).toEqual([{ alias: 'other' }, {}]);
    expect(json.terraform.required_providers).toEqual({ cloudflare: { source: 'cloudflare/cloudflare', version: '5.24.0' } });
  });
});
