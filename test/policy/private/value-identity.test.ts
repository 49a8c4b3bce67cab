import { Fn, Lazy, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { identityIn } from '../../../src/policy/private/value-identity';

describe('identityIn', () => {
  const stack = new TerraformStack(Testing.app(), 'test');
  const identity = identityIn(stack);
  const variable = new TerraformVariable(stack, 'zone', { type: 'string' });

  test('literals are themselves', () => {
    expect(identity('com.cloudflare.api.account.zone.*')).toBe('com.cloudflare.api.account.zone.*');
  });

  test('the same attribute read twice is the same value', () => {
    expect(identity(`zone.${variable.stringValue}`)).toBe(identity(`zone.${variable.stringValue}`));
    expect(identity(`zone.${variable.stringValue}`)).not.toBe(identity('zone.${var.zone}'));
  });

  test('two different lazy values that produce the same text are not the same; one of them is itself', () => {
    const first = Lazy.stringValue({ produce: () => 'x' });
    const second = Lazy.stringValue({ produce: () => 'x' });
    expect(identity(first)).toBe(identity(first));
    expect(identity(first)).not.toBe(identity(second));
  });

  test('an impure function is not even equal to itself', () => {
    const key = `zone.${Fn.uuid()}`;
    expect(identity(key)).not.toBe(identity(key));
    const pure = `zone.${Fn.lower(variable.stringValue)}`;
    expect(identity(pure)).toBe(identity(pure));
  });
});
