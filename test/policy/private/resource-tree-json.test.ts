import { TerraformOutput, TerraformVariable } from 'cdktf';
import { encodeResources } from '../../../src/policy/private/resource-tree-json';
import { ACCOUNT_ID, synthJson } from '../../support/synth';
import { applyAndReadOutputs } from '../../support/terraform';

const ZONES = { 'com.cloudflare.api.account.zone.*': '*' };

describe('encodeResources', () => {
  test('writes literal trees as compact JSON with sorted keys', () => {
    expect(encodeResources({ b: '*', a: { d: '*', c: '*' } })).toBe('{"a":{"c":"*","d":"*"},"b":"*"}');
  });

  test('writes trees with tokens as a Terraform expression, not as a broken cdktf jsonencode', () => {
    const json = synthJson((stack) => {
      const bucket = new TerraformVariable(stack, 'bucket', { type: 'string' });
      new TerraformOutput(stack, 'out', { value: encodeResources({ [`com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_default_${bucket.stringValue}`]: '*' }) });
    });
    expect(json.output.out.value).toBe(
      `\${jsonencode(zipmap([join("", ["com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_default_", var.bucket])], ["*"]))}`,
    );
    expect(json.output.out.value).not.toContain('undefined');
  });

  test('Terraform evaluates both forms to the same JSON as its own jsonencode', () => {
    const json = synthJson((stack) => {
      const bucket = new TerraformVariable(stack, 'bucket', { type: 'string', default: 'photos' });
      const account = new TerraformVariable(stack, 'account', { type: 'string', default: ACCOUNT_ID });
      const tokenTree = {
        [`com.cloudflare.edge.r2.bucket.${account.stringValue}_default_${bucket.stringValue}`]: '*',
        [`com.cloudflare.api.account.${account.stringValue}`]: ZONES,
        'com.cloudflare.api.account.worker.route.*': '*',
      };
      const literalTree = {
        [`com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_default_photos`]: '*',
        [`com.cloudflare.api.account.${ACCOUNT_ID}`]: ZONES,
        'com.cloudflare.api.account.worker.route.*': '*',
      };
      new TerraformOutput(stack, 'with_tokens', { value: encodeResources(tokenTree) });
      new TerraformOutput(stack, 'literal', { value: encodeResources(literalTree) });
      new TerraformOutput(stack, 'terraform_own', { value: `\${jsonencode(${hclObject(literalTree)})}` });
    });
    const outputs = applyAndReadOutputs(json);
    const expected = JSON.stringify({
      'com.cloudflare.api.account.0123456789abcdef0123456789abcdef': ZONES,
      'com.cloudflare.api.account.worker.route.*': '*',
      'com.cloudflare.edge.r2.bucket.0123456789abcdef0123456789abcdef_default_photos': '*',
    });
    expect(outputs).toEqual({ with_tokens: expected, literal: expected, terraform_own: expected });
  });
});

function hclObject(tree: Record<string, unknown>): string {
  const entries = Object.entries(tree).map(([key, value]) => `${JSON.stringify(key)} = ${typeof value === 'string' ? JSON.stringify(value) : hclObject(value as Record<string, unknown>)}`);
  return `{${entries.join(', ')}}`;
}
