import { Assembly, parityDifferences } from '../../scripts/flavour/assembly-parity';
import { CDKTF, CDKTN, rewritePython, rewriteSource } from '../../scripts/flavour/rewrite';

describe('the cdktn flavour is the cdktf source with the framework renamed', () => {
  test('module specifiers of the framework and of the library are rewritten; prose and look-alikes are not', () => {
    const source = [
      "import * as cdktf from 'cdktf';",
      'import { Testing } from "cdktf";',
      "const lib = require('cdktf/lib/terraform-stack');",
      " * import { AccountApiToken } from 'cdktf-cloudflare-api-tokens';",
      ' * from cdktf_cloudflare_api_tokens import AccountApiToken',
      "import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';",
      ' * a cdktf stack (`cdktf deploy`, `cdktf get`), the first cdktf import, cdktf tokens, cdktf\'s `TerraformResource`, `@cdktf/provider-cloudflare`',
    ].join('\n');
    expect(rewriteSource(source, CDKTF, CDKTN).split('\n')).toEqual([
      "import * as cdktf from 'cdktn';",
      'import { Testing } from "cdktn";',
      "const lib = require('cdktn/lib/terraform-stack');",
      " * import { AccountApiToken } from 'cdktn-cloudflare-api-tokens';",
      ' * from cdktn_cloudflare_api_tokens import AccountApiToken',
      "import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';",
      ' * a cdktf stack (`cdktn deploy`, `cdktn get`), the first cdktn import, cdktn tokens, cdktn\'s `TerraformResource`, `@cdktf/provider-cloudflare`',
    ]);
  });

  test('Python tests: the library, the prebuilt provider module and the framework module are renamed; other names are not', () => {
    const source = [
      'import cdktf',
      'from cdktf import App, TerraformStack',
      'from cdktf_cdktf_provider_cloudflare.r2_bucket import R2Bucket',
      'from cdktf_cloudflare_api_tokens import AccountApiToken',
      'app = cdktf.App()',
      'version("cdktf-cloudflare-api-tokens")',
      'npm_name = "@cdktf/provider-cloudflare"; cli = "cdktf-cli"',
    ].join('\n');
    expect(rewritePython(source, CDKTF, CDKTN).split('\n')).toEqual([
      'import cdktn',
      'from cdktn import App, TerraformStack',
      'from cdktn_provider_cloudflare.r2_bucket import R2Bucket',
      'from cdktn_cloudflare_api_tokens import AccountApiToken',
      'app = cdktn.App()',
      'version("cdktn-cloudflare-api-tokens")',
      'npm_name = "@cdktf/provider-cloudflare"; cli = "cdktf-cli"',
    ]);
  });
});

describe('assembly parity between the flavours', () => {
  const cdktf: Assembly = {
    name: 'cdktf-cloudflare-api-tokens',
    types: {
      'cdktf-cloudflare-api-tokens.AccountApiToken': {
        base: 'cdktf.TerraformResource',
        docs: { summary: 'A token in a cdktf stack.', example: "import { AccountApiToken } from 'cdktf-cloudflare-api-tokens';" },
        properties: [{ name: 'accessKeyId', type: { primitive: 'string' } }],
      },
    },
  };
  const cdktn = (change: (type: any) => void = () => {}): Assembly => {
    const type = {
      base: 'cdktn.TerraformResource',
      docs: { summary: 'A token in a cdktn stack.', example: "import { AccountApiToken } from 'cdktn-cloudflare-api-tokens';" },
      properties: [{ name: 'accessKeyId', type: { primitive: 'string' } }],
    };
    change(type);
    return { name: 'cdktn-cloudflare-api-tokens', types: { 'cdktn-cloudflare-api-tokens.AccountApiToken': type } };
  };

  test('differences in the framework name only are parity', () => {
    expect(parityDifferences(cdktf, cdktn())).toEqual([]);
  });

  test('a missing member, another type or another doc text is reported', () => {
    expect(parityDifferences(cdktf, cdktn((t) => t.properties.pop()))).toEqual([
      expect.stringMatching(/^cdktn-cloudflare-api-tokens\.AccountApiToken: \.properties\.0: /),
    ]);
    expect(parityDifferences(cdktf, cdktn((t) => (t.properties[0].type = { primitive: 'number' })))).toHaveLength(1);
    expect(parityDifferences(cdktf, cdktn((t) => (t.docs.summary = 'A token.')))).toHaveLength(1);
    expect(parityDifferences(cdktf, cdktn((t) => (t.base = 'cdktf.TerraformResource')))).toHaveLength(1);
  });

  test('a type only in one flavour, or the wrong assembly, is reported', () => {
    const extra = cdktn();
    (extra.types as any)['cdktn-cloudflare-api-tokens.Other'] = {};
    expect(parityDifferences(cdktf, extra)).toEqual(['cdktn-cloudflare-api-tokens.Other: only in cdktn-cloudflare-api-tokens']);
    expect(parityDifferences(cdktf, { name: 'cdktf-cloudflare-api-tokens', types: cdktf.types })).toContain(
      'second assembly is cdktf-cloudflare-api-tokens, expected cdktn-cloudflare-api-tokens',
    );
  });
});
