import { BlockList, isIP } from 'node:net';

/** Parses `1.2.3.4`, `1.2.3.0/24`, `2001:db8::/32`; undefined if invalid. */
function parseCidr(entry: string): { net: string; prefix: number; type: 'ipv4' | 'ipv6' } | undefined {
  const [net, prefixText, ...rest] = entry.trim().split('/');
  if (rest.length > 0) return undefined;
  const version = isIP(net);
  if (version === 0) return undefined;
  const type = version === 4 ? 'ipv4' : 'ipv6';
  const max = version === 4 ? 32 : 128;
  if (prefixText === undefined) return { net, prefix: max, type };
  if (!/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  return prefix <= max ? { net, prefix, type } : undefined;
}

export function isValidCidr(entry: string): boolean {
  return parseCidr(entry) !== undefined;
}

function blockListOf(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const e of entries) {
    const c = parseCidr(e);
    if (c) list.addSubnet(c.net, c.prefix, c.type);
  }
  return list;
}

/** Whether `ip` (already normalized: no IPv4-mapped IPv6) is in any of the CIDR entries. */
export function ipInAny(ip: string, entries: readonly string[]): boolean {
  const version = isIP(ip);
  if (version === 0) return false;
  return blockListOf(entries).check(ip, version === 4 ? 'ipv4' : 'ipv6');
}
