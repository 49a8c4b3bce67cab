import { TerraformStack, Testing } from 'cdktf';
import { CloudflareProviderVersion, CloudflareTokensProvider } from '../../src';
import { synthValidated } from '../support/synth';

describe('CloudflareTokensProvider', () => {
  test('writes every given argument into the provider block, in Terraform spelling, pinned to the bindings version', () => {
    const json = synthValidated((stack) => {
      new CloudflareTokensProvider(stack, 'cloudflare', {
        apiKey: 'key',
        email: 'ops@example.com',
        apiUserServiceKey: 'service-key',
        baseUrl: 'http://127.0.0.1:1/client/v4',
        userAgentOperatorSuffix: 'ci',
      });
    });
    expect(json.provider.cloudflare).toEqual([{
      api_key: 'key',
      email: 'ops@example.com',
      api_user_service_key: 'service-key',
      base_url: 'http://127.0.0.1:1/client/v4',
      user_agent_operator_suffix: 'ci',
    }]);
    expect(json.terraform.required_providers.cloudflare).toEqual({ source: 'cloudflare/cloudflare', version: CloudflareProviderVersion.BINDINGS });
  });

  test('with no props, an empty block: the provider reads its environment variables', () => {
    const json = synthValidated((stack) => {
      new CloudflareTokensProvider(stack, 'cloudflare');
    });
    expect(json.provider.cloudflare).toEqual([{}]);
  });

  test('exposes the provider block it declares', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const declared = new CloudflareTokensProvider(stack, 'cloudflare', { alias: 'second' });
    expect(declared.provider.terraformResourceType).toBe('cloudflare');
    expect(declared.provider.alias).toBe('second');
  });

  test('two of them with the default configuration are refused at synth, naming both and the fix', () => {
    expect(() => synthValidated((stack) => {
      new CloudflareTokensProvider(stack, 'one');
      new CloudflareTokensProvider(stack, 'two');
    })).toThrow(/test\/one: the stack declares another Cloudflare provider with the default configuration \(test\/two\/Provider\); Terraform refuses two\. Keep one of them/);
  });

  test('a default one and an aliased one live side by side; two with the same alias are refused', () => {
    const json = synthValidated((stack) => {
      new CloudflareTokensProvider(stack, 'default');
      new CloudflareTokensProvider(stack, 'second', { alias: 'second' });
    });
    expect(json.provider.cloudflare).toEqual([{}, { alias: 'second' }]);
    expect(() => synthValidated((stack) => {
      new CloudflareTokensProvider(stack, 'one', { alias: 'x' });
      new CloudflareTokensProvider(stack, 'two', { alias: 'x' });
    })).toThrow(/with the alias "x" configuration/);
  });
});
