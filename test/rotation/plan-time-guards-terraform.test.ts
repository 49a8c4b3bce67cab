import { TerraformVariable } from 'cdktf';
import { R2Access, R2BucketToken } from '../../src';
import { ACCOUNT_ID, synthJson } from '../support/synth';
import { applyAndReadOutputs } from '../support/terraform';

/*
 * The rotation's plan-time guards and its range bound, evaluated by real Terraform: each guard's
 * condition and message, with the values only known at plan time given as locals.
 */
const tokenWith = (rotation: object, extra: (stack: any) => object = () => ({})) =>
  synthJson((stack) => new R2BucketToken(stack, 'reader', { accountId: ACCOUNT_ID, bucketName: 'assets', access: R2Access.READ, rotation, ...extra(stack) }));
const inner = (expression: string) => expression.replace(/^\$\{/, '').replace(/\}$/, '');
const tokens = (json: any): any[] => Object.values(json.resource.cloudflare_account_token);

describe('the longest duration the rotation hands to Terraform', () => {
  test('timeadd takes 153722867 minutes (the bound, 106751 days) and refuses one more', () => {
    const add = (minutes: number) => applyAndReadOutputs({ output: { t: { value: `\${timeadd("2030-01-01T00:00:00Z", "${minutes}m")}` } } }).t;
    expect(add(153_722_867)).toBe('2322-04-12T23:47:00Z');
    expect(() => add(153_722_868)).toThrow(/Invalid value for "duration" parameter|invalid duration|overflow/i);
  }, 60_000);
});

describe('a version known only at plan time, with an overlap', () => {
  const json = synthJson((stack) => {
    const version = new TerraformVariable(stack, 'version', { type: 'string' });
    new R2BucketToken(stack, 'reader', { accountId: ACCOUNT_ID, bucketName: 'assets', access: R2Access.READ, rotation: { version: version.stringValue, overlap: '1h' } });
  });
  const [guard] = tokens(json).flatMap((t) => t.lifecycle.precondition ?? []);
  const evaluate = (version: string | number) => applyAndReadOutputs({
    locals: { version },
    output: {
      allowed: { value: `\${${inner(guard.condition).replace(/var\.version/g, 'local.version')}}` },
      message: { value: guard.error_message.replace(/var\.version/g, 'local.version') },
    },
  });

  test.each([['-1'], ['1.5'], [-1], [1.5], ['two'], ['']])('%j stops the plan with a message that names the token and the value', (version) => {
    const { allowed, message } = evaluate(version);
    expect(allowed).toBe(false);
    expect(message).toContain(`R2BucketToken "test/reader": rotation.version is "${version}", which is not a whole number`);
    expect(message).toContain('Give a whole number such as "2"');
  }, 60_000);

  test.each([['0'], ['7'], [12]])('%j passes', (version) => {
    expect(evaluate(version).allowed).toBe(true);
  }, 60_000);
});

describe('notBefore known only at plan time, with a schedule', () => {
  const json = tokenWith({ every: '60m', overlap: '20m' }, (stack) => ({ notBefore: new TerraformVariable(stack, 'start', { type: 'string' }).stringValue }));
  const clocks = { RotationA: '2030-01-01T02:00:00Z', RotationB: '2030-01-01T01:00:00Z' };
  const evaluate = (start: string) => {
    const withValues = (text: string) => text
      .replace(/var\.start/g, 'local.start')
      .replace(/time_rotating\.reader_(Rotation[AB])_[0-9A-F]+\.rotation_rfc3339/g, (_, id: 'RotationA' | 'RotationB') => `"${clocks[id]}"`)
      .replace(/lookup\(time_rotating\.[^,]+, "overlap_minutes", "20"\)/g, '"20"');
    const guards = tokens(json).map((t) => t.lifecycle.precondition.find((p: any) => p.condition.includes('var.start')));
    const outputs = applyAndReadOutputs({
      locals: { start },
      output: Object.fromEntries(guards.flatMap((g, i) => [
        [`allowed_${i}`, { value: `\${${withValues(inner(g.condition))}}` }],
        [`message_${i}`, { value: withValues(g.error_message) }],
      ])),
    });
    return guards.map((_, i) => ({ allowed: outputs[`allowed_${i}`], message: outputs[`message_${i}`] as string }));
  };

  test('each token carries the guard (A also the guard against a shorter every)', () => {
    expect(tokens(json).map((t) => t.lifecycle.precondition.length)).toEqual([2, 1]);
  });

  test('a start after a token\'s expiry stops the plan for that token, with the value and the fix', () => {
    // A expires at 02:20, B at 01:20.
    const [a, b] = evaluate('2030-01-01T01:30:00Z');
    expect(a.allowed).toBe(true);
    expect(b.allowed).toBe(false);
    expect(b.message).toBe(
      'R2BucketToken "test/reader": notBefore "2030-01-01T01:30:00Z" is not before the expiry the rotation gives this token ("2030-01-01T01:20:00Z"): ' +
        'it would expire before it is valid. Move notBefore earlier, or lengthen rotation.every.',
    );
  }, 60_000);

  test('a start before both expiries passes', () => {
    expect(evaluate('2030-01-01T01:00:00Z').map((g) => g.allowed)).toEqual([true, true]);
  }, 60_000);
});
