import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildExamplesApp } from '../examples/app';

describe('examples/', () => {
  let outdir: string;
  let stacks: Record<string, any>;

  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'cdktf-cf-tokens-examples-'));
    buildExamplesApp(outdir).synth();
    const names = readdirSync(join(outdir, 'stacks'));
    stacks = Object.fromEntries(names.map((name) => [name, JSON.parse(readFileSync(join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'))]));
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  test('every example stack synthesizes: four tokens from policies, the R2 preset, the rotated reader and the cross-stack consumer', () => {
    expect(Object.keys(stacks).sort()).toEqual([
      'account-token',
      'r2-bucket-preset',
      'r2-consumer',
      'r2-presigned-urls',
      'readonly-token',
      'restricted-token',
      'rotated-r2-reader',
    ]);
    expect(Object.keys(stacks['rotated-r2-reader'].resource.cloudflare_account_token)).toHaveLength(2);
    for (const name of ['account-token', 'r2-presigned-urls', 'readonly-token', 'restricted-token', 'r2-bucket-preset']) {
      expect(Object.keys(stacks[name].resource.cloudflare_account_token)).toHaveLength(1);
    }
  });

  test('every output that carries a token value or a secret derived from it is sensitive, in every stack', () => {
    const carriesSecret = /\.value\b|value\)|cross-stack-output-[^.}]*value|sensitive\(/;
    let checked = 0;
    for (const [stack, json] of Object.entries(stacks)) {
      for (const [name, output] of Object.entries<any>(json.output ?? {})) {
        if (!carriesSecret.test(JSON.stringify(output.value))) continue;
        checked++;
        expect({ stack, name, sensitive: output.sensitive }).toEqual({ stack, name, sensitive: true });
      }
    }
    expect(checked).toBeGreaterThanOrEqual(7);
  });
});
