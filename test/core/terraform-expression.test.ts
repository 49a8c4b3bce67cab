import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, Fn, Op, TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { stringLiteral, terraformExpression } from '../../src/core/terraform-expression';
import { synthJson } from '../support/synth';
import { applyAndReadOutputs } from '../support/terraform';

describe('terraformExpression', () => {
  test('writes the text that the same nesting of Fn and Op writes', () => {
    const json = synthJson((stack) => {
      const value = new TerraformVariable(stack, 'value', { type: 'string' }).stringValue;
      const present = terraformExpression`(length(compact([${value}])) == 1)`;
      new TerraformOutput(stack, 'ours', { value: terraformExpression`sensitive(${present} ? sha256(${value}) : tobool(${stringLiteral('no')}))` });
      const fnPresent = Op.eq(Fn.lengthOf(Fn.compact([value])), 1);
      new TerraformOutput(stack, 'fn', { value: Fn.sensitive(Fn.conditional(fnPresent, Fn.sha256(value), Fn.tobool('no'))) });
      new TerraformOutput(stack, 'alone', { value: present });
      new TerraformOutput(stack, 'fn_alone', { value: fnPresent });
    });
    expect(json.output.ours.value).toBe(json.output.fn.value);
    expect(json.output.ours.value).toBe('${sensitive((length(compact([var.value])) == 1) ? sha256(var.value) : tobool("no"))}');
    expect(json.output.alone.value).toBe(json.output.fn_alone.value);
  });

  test('creates no token that keeps a stack trace', () => {
    const stack = new TerraformStack(new App(), 'test');
    const value = new TerraformVariable(stack, 'value', { type: 'string' }).stringValue;
    const captures = jest.spyOn(Error, 'captureStackTrace');
    try {
      terraformExpression`sensitive(${terraformExpression`sha256(${value})`})`;
      expect(captures).not.toHaveBeenCalled();
      Fn.sha256(value);
      expect(captures).toHaveBeenCalled();
    } finally {
      captures.mockRestore();
    }
  });

  test('a reference to another stack resolves through remote state in the stack that uses it', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'cdktf-cf-tokens-expr-'));
    try {
      const app = new App({ outdir });
      const producer = new TerraformStack(app, 'producer');
      const hash = new TerraformLocal(producer, 'hash', 'abc').asString;
      const consumer = new TerraformStack(app, 'consumer');
      new TerraformOutput(consumer, 'ours', { value: terraformExpression`sensitive(${hash})` });
      new TerraformOutput(consumer, 'fn', { value: Fn.sensitive(hash) });
      app.synth();
      const read = (stack: string) => JSON.parse(readFileSync(join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
      const consumerJson = read('consumer');
      expect(consumerJson.output.ours.value).toBe(consumerJson.output.fn.value);
      expect(consumerJson.output.ours.value).toMatch(/^\$\{sensitive\(data\.terraform_remote_state\.[^.]+\.outputs\.cross-stack-output-local/);
      expect(Object.keys(read('producer').output)).toHaveLength(1);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  test.each([
    ['a literal', 'plain'],
    ['text around a token', `x-${Token.asString(Fn.sha256('a'))}`],
    ['two tokens', `${Token.asString(Fn.sha256('a'))}${Token.asString(Fn.sha256('b'))}`],
  ])('refuses %s in a hole', (_, hole) => {
    expect(() => terraformExpression`sha256(${hole})`).toThrow(/hole 0 of `sha256\(…\)` is not a single token/);
  });
});

describe('stringLiteral', () => {
  test('quotes the text, with no quote, backslash, control character or template sigil left for Terraform to read', () => {
    expect(stringLiteral('a "b" \\c\nd ${e} %{f}').text).toBe('"a \'b\' /c d $${e} %%{f}"');
  });

  test('Terraform reads the literal back as the text, template sigils included', () => {
    const json = synthJson((stack) => {
      new TerraformOutput(stack, 'text', { value: terraformExpression`upper(${stringLiteral('cost ${x} and %{ if y }')})` });
    });
    expect(applyAndReadOutputs(json)).toEqual({ text: 'COST ${X} AND %{ IF Y }' });
  });
});
