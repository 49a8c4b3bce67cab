import { checkInAgainstNotIn } from '../../src/validation/request-ip';
import { thrownMessage } from '../support/synth';

describe('requestIp.in against notIn', () => {
  const IN = 'condition.requestIp.in';
  const NOT_IN = 'condition.requestIp.notIn';
  const check = (inList: string[], notIn: string[]) =>
    checkInAgainstNotIn({ field: IN, entries: inList }, { field: NOT_IN, entries: notIn }, undefined);

  test('a carve-out (notIn inside in) is the usual case and passes without a warning', () => {
    expect(check(['10.0.0.0/8'], ['10.1.0.0/16', '192.0.2.1'])).toEqual([]);
  });

  test('an in range inside a notIn range is allowed nowhere: a warning names both', () => {
    expect(check(['10.1.0.0/16', '192.0.2.0/24'], ['10.0.0.0/8'])).toEqual([
      `${IN} entry "10.1.0.0/16" lies inside ${NOT_IN} entry "10.0.0.0/8", so the token is refused from all of it; remove one of them.`,
    ]);
  });

  test('the same range in both lists, however written, is an error', () => {
    expect(thrownMessage(() => check(['192.0.2.7'], ['192.0.2.7/32']))).toMatch(/^"192\.0\.2\.7" is in both condition\.requestIp\.in and condition\.requestIp\.notIn \(as "192\.0\.2\.7\/32"\)/);
    expect(thrownMessage(() => check(['2001:db8::/32'], ['2001:0DB8:0000::/32']))).toMatch(/^"2001:db8::\/32" is in both/);
  });
});
