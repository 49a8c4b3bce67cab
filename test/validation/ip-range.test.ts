// Addresses are numbers and ranges are bit prefixes; the xorshift generator is bit arithmetic too.
/* eslint-disable no-bitwise */
import { isIP } from 'net';
import { TerraformStack, Testing } from 'cdktf';
import { AccountApiToken } from '../../src';
import { validateIpOrCidr } from '../../src/validation/ip';
import { containsRange, formatNetwork, IpRange, networkOf, parseIpRange, sameRange } from '../../src/validation/ip-range';
import { ACCOUNT_ID, onlyResource, thrownMessage } from '../support/synth';

/** A fixed pseudo-random sequence (xorshift32), so a failure repeats. */
function randomSource(start: number): () => number {
  let state = start;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const random = randomSource(0x2545f491);
const below = (n: number) => Math.floor(random() * n);

/** A random 128-bit address with runs of zero groups, so that "::" compression is exercised. */
function randomIpv6(): bigint {
  return Array.from({ length: 8 }, () => (random() < 0.4 ? 0n : BigInt(below(0x10000)))).reduce((value, group) => (value << 16n) | group, 0n);
}

const ipv6Text = (address: bigint) => formatNetwork({ family: 6, address, prefix: 128 }).replace(/\/128$/, '');
const ipv4Text = (address: bigint) => formatNetwork({ family: 4, address, prefix: 32 }).replace(/\/32$/, '');

describe('IP ranges', () => {
  test('IPv6 text is the canonical form (WHATWG URL serializes IPv6 hosts per RFC 5952) and parses back, in 2000 random addresses', () => {
    for (let i = 0; i < 2000; i++) {
      const address = randomIpv6();
      const text = ipv6Text(address);
      expect(text).toBe(new URL(`http://[${text}]/`).hostname.slice(1, -1));
      expect(parseIpRange(text)).toEqual({ family: 6, address, prefix: 128 });
      // The same address fully written out, in upper case, with leading zeros.
      const long = Array.from({ length: 8 }, (_, g) => ((address >> BigInt(112 - 16 * g)) & 0xffffn).toString(16).padStart(4, '0').toUpperCase()).join(':');
      expect(parseIpRange(long)?.address).toBe(address);
    }
  });

  test('IPv4 text and an IPv4 tail inside IPv6 parse to the same numbers, in 1000 random addresses', () => {
    for (let i = 0; i < 1000; i++) {
      const address = BigInt(below(2 ** 32));
      const text = ipv4Text(address);
      expect(isIP(text)).toBe(4);
      expect(parseIpRange(text)).toEqual({ family: 4, address, prefix: 32 });
      expect(parseIpRange(`::ffff:${text}`)?.address).toBe(0xffff00000000n | address);
    }
  });

  test('host bits: a range is taken only when its address is its network, and the suggested network is taken', () => {
    for (let i = 0; i < 1000; i++) {
      const family = random() < 0.5 ? 4 : 6;
      const address = family === 4 ? BigInt(below(2 ** 32)) : randomIpv6();
      const prefix = below(family === 4 ? 33 : 129);
      const range: IpRange = { family, address, prefix };
      const entry = `${family === 4 ? ipv4Text(address) : ipv6Text(address)}/${prefix}`;
      if (networkOf(range) === address) {
        expect(() => validateIpOrCidr(entry, 'in', undefined)).not.toThrow();
      } else {
        expect(thrownMessage(() => validateIpOrCidr(entry, 'in', undefined))).toContain(`has host bits set: the /${prefix} range`);
        expect(() => validateIpOrCidr(formatNetwork(range), 'in', undefined)).not.toThrow();
      }
    }
  });

  test('containment and sameness agree with first and last addresses, in 3000 random pairs', () => {
    const last = (range: IpRange) => networkOf(range) + (1n << BigInt(32 - range.prefix)) - 1n;
    for (let i = 0; i < 3000; i++) {
      // Small prefixes of one /8 so that pairs overlap often.
      const make = (): IpRange => ({ family: 4, address: 0x0a000000n + BigInt(below(256)) * 0x10000n, prefix: 8 + below(17) });
      const [a, b] = [make(), make()];
      expect(containsRange(a, b)).toBe(networkOf(a) <= networkOf(b) && last(b) <= last(a));
      expect(sameRange(a, b)).toBe(networkOf(a) === networkOf(b) && a.prefix === b.prefix);
    }
    expect(containsRange(parseIpRange('10.0.0.0/8')!, parseIpRange('2001:db8::/32')!)).toBe(false);
  });
});

test('a token warns about an in range inside a notIn range, and keeps both lists as given', () => {
  const stack = new TerraformStack(Testing.app(), 'test');
  const token = new AccountApiToken(stack, 'office', {
    accountId: ACCOUNT_ID,
    name: 'Office',
    policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }],
    condition: { requestIp: { in: ['198.51.100.0/24', '203.0.113.0/24'], notIn: ['198.51.100.0/23'] } },
  });
  expect(token.node.metadata.map((entry) => entry.data)).toEqual([
    'AccountApiToken "test/office": condition.requestIp.in entry "198.51.100.0/24" lies inside condition.requestIp.notIn entry "198.51.100.0/23", so the token is refused from all of it; remove one of them.',
  ]);
  expect(onlyResource(JSON.parse(Testing.synth(stack)), 'cloudflare_account_token').condition).toEqual({
    request_ip: { in: ['198.51.100.0/24', '203.0.113.0/24'], not_in: ['198.51.100.0/23'] },
  });
});
