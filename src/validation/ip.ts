import { isIP } from 'net';
import { isUnresolved } from './unresolved';

/**
 * Checks a literal request-IP condition entry: an IPv4 or IPv6 address, or a CIDR range of either.
 * Unresolved tokens pass.
 */
export function validateIpOrCidr(entry: string, field: string): void {
  if (isUnresolved(entry)) return;
  // Node accepts an IPv6 zone index ("fe80::1%eth0"); Cloudflare does not, and it means nothing off the host.
  if (entry.includes('%')) {
    throw new Error(`${field} entry "${entry}" has an IPv6 zone index ("%…"), which Cloudflare does not take; drop it ("${entry.split('%')[0]}").`);
  }
  if (!isIpOrCidr(entry)) {
    throw new Error(
      `${field} entry "${entry}" is not an IP address or CIDR range; use an IPv4 or IPv6 address or range, ` +
        'such as "192.0.2.0/24", "198.51.100.7" or "2001:db8::/32".',
    );
  }
}

function isIpOrCidr(entry: string): boolean {
  const slash = entry.indexOf('/');
  if (slash === -1) return isIP(entry) !== 0;
  const address = entry.slice(0, slash);
  const prefix = entry.slice(slash + 1);
  const family = isIP(address);
  if (family === 0 || !/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}
