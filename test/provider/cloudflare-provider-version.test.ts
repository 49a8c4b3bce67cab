import { readFileSync } from 'fs';
import { join } from 'path';
import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { CloudflareProviderVersion, CloudflareTokensProvider } from '../../src';
import { synthError, synthJson, thrownMessage } from '../support/synth';

const requiredCloudflare = (json: any) => json.terraform.required_providers.cloudflare;

describe('CloudflareProviderVersion', () => {
  test('the prebuilt package\'s provider alone pins its 5.14.0', () => {
    const json = synthJson((stack) => new CloudflareProvider(stack, 'cloudflare', {}));
    expect(requiredCloudflare(json)).toEqual({ source: 'cloudflare/cloudflare', version: '5.14.0' });
  });

  test('the library\'s own provider pins BINDINGS, the schema version of its bindings, which is the tested one', () => {
    const json = synthJson((stack) => new CloudflareTokensProvider(stack, 'cloudflare'));
    expect(requiredCloudflare(json)).toEqual({ source: 'cloudflare/cloudflare', version: CloudflareProviderVersion.BINDINGS });
    expect(CloudflareProviderVersion.BINDINGS).toBe(CloudflareProviderVersion.TESTED);
  });

  test('BINDINGS is the version of the committed schema the bindings are generated from', () => {
    const schemas = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'provider-schemas.json'), 'utf8'));
    expect(schemas.provider_versions['registry.terraform.io/cloudflare/cloudflare']).toBe(CloudflareProviderVersion.BINDINGS);
  });

  test('pin() replaces it with the tested version, from any construct of the stack', () => {
    const json = synthJson((stack) => {
      new CloudflareProvider(stack, 'cloudflare', {});
      CloudflareProviderVersion.pin(new Construct(stack, 'deep'));
    });
    expect(requiredCloudflare(json)).toEqual({ source: 'cloudflare/cloudflare', version: '5.24.0' });
  });

  test('pin() takes any version constraint, and names the source even before a provider exists', () => {
    const json = synthJson((stack) => {
      CloudflareProviderVersion.pin(stack, '~> 5.24');
      new CloudflareProvider(stack, 'cloudflare', {});
    });
    expect(requiredCloudflare(json)).toEqual({ source: 'cloudflare/cloudflare', version: '~> 5.24' });
  });

  test.each([['', 'empty ("")'], ['  ', 'blank ("  ")']])('an empty version %j is refused with the fix', (version, described) => {
    expect(synthError((scope) => CloudflareProviderVersion.pin(scope, version))).toBe(
      `CloudflareProviderVersion.pin: version is ${described}; give a Terraform version constraint such as "5.24.0", "~> 5.24" or ">= 5.14, < 6", or leave it out for the tested version.`,
    );
  });

  test.each([['garbage'], ['v5.24.0'], ['5.x'], ['5.24.0.1'], ['=> 5'], ['5.24.0,']])('a version %j that is no Terraform constraint is refused, naming it', (version) => {
    expect(synthError((scope) => CloudflareProviderVersion.pin(scope, version))).toBe(
      `CloudflareProviderVersion.pin: version ${JSON.stringify(version)} is not a Terraform version constraint; give a Terraform version constraint such as "5.24.0", "~> 5.24" or ">= 5.14, < 6", or leave it out for the tested version.`,
    );
  });

  test('a version known only at plan time is refused: Terraform reads required_providers before variables', () => {
    expect(synthError((scope) => CloudflareProviderVersion.pin(scope, new TerraformVariable(scope, 'v', {}).stringValue))).toMatch(
      /^CloudflareProviderVersion\.pin: version is a value known only at plan time; Terraform takes only a literal constraint there\. Give a Terraform version constraint such as "5\.24\.0"/,
    );
  });

  test.each([[undefined], [null]])('a missing scope (%p) is refused with the fix', (scope) => {
    expect(thrownMessage(() => CloudflareProviderVersion.pin(scope as any))).toMatch(/^CloudflareProviderVersion\.pin: scope is (undefined|null)\b.*; give a construct of the stack, usually the stack itself\.$/);
  });

  test('TESTED is the version scripts/e2e-tools.sh builds (it reads it from the source)', () => {
    const script = readFileSync(join(__dirname, '..', '..', 'scripts', 'e2e-tools.sh'), 'utf8');
    expect(script).toContain('src/provider/cloudflare-provider-version.ts');
    expect(script).toContain(`  ${CloudflareProviderVersion.TESTED}) PROVIDER_MODVER=v0.0.0-`);
  });

  test('the stack keeps only one cloudflare entry', () => {
    const json = synthJson((stack: TerraformStack) => {
      new CloudflareProvider(stack, 'cloudflare', {});
      CloudflareProviderVersion.pin(stack);
      CloudflareProviderVersion.pin(stack);
    });
    expect(Object.keys(json.terraform.required_providers)).toEqual(['cloudflare']);
  });
});
