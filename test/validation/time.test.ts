import { normalizeRfc3339 } from '../../src/validation/time';
import { thrownMessage } from '../support/synth';

describe('normalizeRfc3339', () => {
  test('writes a literal time in UTC, in whole seconds, with Z', () => {
    expect(normalizeRfc3339('2030-01-01T02:00:00+02:00', 'expiresOn', undefined)).toBe('2030-01-01T00:00:00Z');
    expect(normalizeRfc3339('2031-06-30T23:59:59.900Z', 'expiresOn', undefined)).toBe('2031-06-30T23:59:59Z');
  });

  test('refuses what is not an RFC 3339 time, naming the subject and the field', () => {
    expect(thrownMessage(() => normalizeRfc3339('2030-02-30T00:00:00Z', 'notBefore', 'T "t"'))).toMatch(/^T "t": notBefore "2030-02-30T00:00:00Z" is not an RFC 3339 time/);
    expect(thrownMessage(() => normalizeRfc3339('9999-12-31T23:30:00-01:00', 'expiresOn', undefined))).toMatch(/outside the years 0001 to 9999/);
    expect(thrownMessage(() => normalizeRfc3339(5 as any, 'expiresOn', undefined))).toMatch(/^expiresOn is 5 \(a number, not a string\)/);
  });
});
