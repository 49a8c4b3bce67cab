import { Lazy } from 'cdktf';
import { mayBeEqual } from '../../../src/policy/private/key-overlap';
import { MergeablePolicy, mergePolicies, treeIdentity } from '../../../src/policy/private/policy-merge';

const same = (value: string) => value;
const allow = (groupIds: string[], tree: MergeablePolicy['tree']): MergeablePolicy => ({ effect: 'allow', groupIds, tree });
const deny = (groupIds: string[], tree: MergeablePolicy['tree']): MergeablePolicy => ({ effect: 'deny', groupIds, tree });

describe('mergePolicies', () => {
  test('identical policies become one, whatever how often they are given', () => {
    const policy = allow(['b', 'a'], { x: '*' });
    expect(mergePolicies([policy, policy, policy], same)).toEqual([allow(['a', 'b'], { x: '*' })]);
  });

  test('policies on the same resources unite their groups; on the same groups, their resources', () => {
    const merged = mergePolicies([allow(['read'], { x: '*' }), allow(['write'], { x: '*' }), allow(['read', 'write'], { y: '*' })], same);
    expect(merged).toEqual([allow(['read', 'write'], { x: '*', y: '*' })]);
  });

  test('nested trees unite below a shared key', () => {
    const merged = mergePolicies([allow(['g'], { acct: { z1: '*' } }), allow(['g'], { acct: { z2: '*' } })], same);
    expect(merged).toEqual([allow(['g'], { acct: { z1: '*', z2: '*' } })]);
  });

  test('trees that give one key "*" and a map stay apart', () => {
    const merged = mergePolicies([allow(['g'], { acct: '*' }), allow(['g'], { acct: { zone: '*' } })], same);
    expect(merged).toHaveLength(2);
  });

  test('a flat tree and a nested one stay apart: Cloudflare takes resources as one form or the other', () => {
    const merged = mergePolicies([allow(['g'], { bucket: '*' }), allow(['g'], { acct: { zone: '*' } })], same);
    expect(merged).toEqual([allow(['g'], { acct: { zone: '*' } }), allow(['g'], { bucket: '*' })]);
  });

  test('allow and deny never merge', () => {
    expect(mergePolicies([allow(['g'], { x: '*' }), deny(['g'], { x: '*' })], same)).toEqual([allow(['g'], { x: '*' }), deny(['g'], { x: '*' })]);
  });

  test('the result does not depend on the order of the policies', () => {
    const policies = [
      allow(['a'], { x: '*' }),
      allow(['b'], { y: '*' }),
      allow(['a'], { y: '*' }),
      deny(['c'], { x: '*' }),
      allow(['c'], { acct: { zone: '*' } }),
      allow(['c'], { acct: '*' }),
      allow(['b'], { z: '*' }),
    ];
    const expected = JSON.stringify(mergePolicies(policies, same));
    for (let shift = 1; shift < policies.length; shift++) {
      const rotated = [...policies.slice(shift), ...policies.slice(0, shift)];
      expect(JSON.stringify(mergePolicies(rotated, same))).toBe(expected);
      expect(JSON.stringify(mergePolicies([...rotated].reverse(), same))).toBe(expected);
    }
  });

  test('values are compared by identity: two spellings of one thing merge, keeping the first key', () => {
    const identity = (value: string) => value.replace(/^ref\d:/, 'ref:');
    const merged = mergePolicies([allow(['g'], { 'ref1:bucket': '*' }), allow(['h'], { 'ref2:bucket': '*' })], identity);
    expect(merged).toEqual([allow(['g', 'h'], { 'ref1:bucket': '*' })]);
  });
});

test('treeIdentity sorts keys at every level', () => {
  expect(treeIdentity({ b: '*', a: { d: '*', c: '*' } }, same)).toBe('{"a":{"c":"*","d":"*"},"b":"*"}');
});

describe('keys that may be equal at plan time', () => {
  const variable = () => Lazy.stringValue({ produce: () => '${var.x}' });

  test('a token key and a literal key it may equal stay in two policies', () => {
    const tokenKey = `com.cloudflare.api.account.${variable()}`;
    const merged = mergePolicies([deny(['g'], { [tokenKey]: { z: '*' } }), deny(['g'], { 'com.cloudflare.api.account.abc': { y: '*' } })], same);
    expect(merged).toHaveLength(2);
  });

  test('a token key and a literal key it can never equal still merge', () => {
    const tokenKey = `com.cloudflare.edge.r2.bucket.${variable()}`;
    const merged = mergePolicies([allow(['g'], { [tokenKey]: '*' }), allow(['g'], { 'com.cloudflare.api.account.abc': '*' })], same);
    expect(merged).toHaveLength(1);
  });

  test('mayBeEqual lines up the literal parts around tokens', () => {
    const token = variable();
    expect(mayBeEqual(`a.${token}.c`, 'a.b.c')).toBe(true);
    expect(mayBeEqual(`a.${token}.c`, 'a.b.d')).toBe(false);
    expect(mayBeEqual(`a.${token}`, `a.b${variable()}`)).toBe(true);
    expect(mayBeEqual(`a.${token}`, `b.${variable()}`)).toBe(false);
    expect(mayBeEqual('a', 'a')).toBe(true);
    expect(mayBeEqual('a', 'b')).toBe(false);
  });
});
