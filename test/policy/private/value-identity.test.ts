import { Fn, Lazy, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { identityIn, sameForCertain } from '../../../src/policy/private/value-identity';

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

describe('sameForCertain', () => {
  const app = Testing.app();
  const here = new TerraformStack(app, 'here');
  const there = new TerraformStack(app, 'there');
  const local = new TerraformVariable(here, 'jurisdiction', { type: 'string' });
  const remote = new TerraformVariable(there, 'jurisdiction', { type: 'string' });

  test('equal literals, and the same expression over the same construct, are the same for certain', () => {
    expect(sameForCertain(here, 'eu', 'eu')).toBe(true);
    expect(sameForCertain(here, local.stringValue, local.stringValue)).toBe(true);
  });

  test('anything else may differ: another literal, a literal beside a token, a missing value', () => {
    expect(sameForCertain(here, 'eu', 'fedramp')).toBe(false);
    expect(sameForCertain(here, 'eu', local.stringValue)).toBe(false);
    expect(sameForCertain(here, undefined, undefined)).toBe(false);
    expect(sameForCertain(here, 'eu', undefined)).toBe(false);
  });

  test('the same expression text from two stacks is not the same value', () => {
    expect(sameForCertain(here, local.stringValue, remote.stringValue)).toBe(false);
  });

  test('an impure function may differ from itself', () => {
    const value = Fn.uuid();
    expect(sameForCertain(here, value, value)).toBe(false);
  });
});
