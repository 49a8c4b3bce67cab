// Addresses are numbers and ranges are bit prefixes: bit operators say it most directly.
/* eslint-disable no-bitwise */
import { isIP } from 'net';

/** An IPv4 or IPv6 address or CIDR range, as numbers: a lone address is a range of one (/32, /128). */
export interface IpRange {
  readonly family: 4 | 6;
  /** The address as written (host bits included). */
  readonly address: bigint;
  readonly prefix: number;
}

/** The range an entry such as "10.0.0.0/8", "198.51.100.7" or "2001:db8::/32" writes, or undefined if it is none. */
export function parseIpRange(entry: string): IpRange | undefined {
  const [text, prefixText, extra] = entry.split('/');
  const family = isIP(text);
  if ((family !== 4 && family !== 6) || extra !== undefined) return undefined;
  const width = family === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? width : Number(prefixText);
  if (prefix > width) return undefined;
  return { family, address: family === 4 ? ipv4Number(text) : ipv6Number(text), prefix };
}

/** The range's first address: its address with the host bits cleared. */
export function networkOf(range: IpRange): bigint {
  const hostBits = BigInt(widthOf(range) - range.prefix);
  return (range.address >> hostBits) << hostBits;
}

/** True when every address of `inner` is in `outer`. */
export function containsRange(outer: IpRange, inner: IpRange): boolean {
  if (outer.family !== inner.family || outer.prefix > inner.prefix) return false;
  const hostBits = BigInt(widthOf(outer) - outer.prefix);
  return networkOf(outer) >> hostBits === inner.address >> hostBits;
}

/** True when the two write the same set of addresses ("10.0.0.1" and "10.0.0.1/32", "2001:DB8::" and "2001:db8:0::"). */
export function sameRange(a: IpRange, b: IpRange): boolean {
  return a.family === b.family && a.prefix === b.prefix && networkOf(a) === networkOf(b);
}

/** The range in canonical form: the network address (RFC 5952 text for IPv6) and the prefix. */
export function formatNetwork(range: IpRange): string {
  const network = networkOf(range);
  return `${range.family === 4 ? formatIpv4(network) : formatIpv6(network)}/${range.prefix}`;
}

function widthOf(range: IpRange): number {
  return range.family === 4 ? 32 : 128;
}

function ipv4Number(text: string): bigint {
  return text.split('.').reduce((value, octet) => (value << 8n) | BigInt(Number(octet)), 0n);
}

/** An IPv6 address `isIP` accepted: "::" expanded, a trailing dotted IPv4 part as its two groups. */
function ipv6Number(text: string): bigint {
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const groups = (part: string | undefined): bigint[] => {
    if (part === undefined || part === '') return [];
    return part.split(':').flatMap((group) => {
      if (!group.includes('.')) return [BigInt(parseInt(group, 16))];
      const v4 = ipv4Number(group);
      return [v4 >> 16n, v4 & 0xffffn];
    });
  };
  const front = groups(head);
  const back = groups(tail);
  const all = tail === undefined ? front : [...front, ...Array<bigint>(8 - front.length - back.length).fill(0n), ...back];
  return all.reduce((value, group) => (value << 16n) | group, 0n);
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

/** RFC 5952: lowercase hex, no leading zeros, the first longest run of two or more zero groups as "::". */
function formatIpv6(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  let best = { start: -1, length: 1 };
  for (let start = 0; start < 8; ) {
    let end = start;
    while (end < 8 && groups[end] === 0) end++;
    if (end - start > best.length) best = { start, length: end - start };
    start = end === start ? start + 1 : end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (best.start === -1) return hex.join(':');
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`;
}
