import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { isUnresolved, literalShape, literalText, splitOnTokens } from '../../src/core/terraform-text';

describe('terraform-text', () => {
  const stack = new TerraformStack(new App(), 'test');
  const name = new TerraformVariable(stack, 'name', { type: 'string' }).stringValue;

  test('a string holding a cdktf token is unresolved; plain text is not', () => {
    expect(isUnresolved(name)).toBe(true);
    expect(isUnresolved(`ci-${name}`)).toBe(true);
    expect(isUnresolved('ci')).toBe(false);
  });

  test('literalShape replaces each token by the placeholder; splitOnTokens keeps literal runs and tokens in order', () => {
    expect(literalShape(`a-${name}-b`, '_')).toBe('a-_-b');
    expect(splitOnTokens(`a-${name}`)).toEqual(['a-', name]);
  });

  test('literalText escapes template sigils in literal text and keeps tokens as references', () => {
    expect(literalText('cost ${x} and %{y}')).toBe('cost $${x} and %%{y}');
    expect(literalText('plain')).toBe('plain');
    expect(literalText(`$${name}`)).toBe(`\${"$"}${name}`);
  });
});
