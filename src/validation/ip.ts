import { formatNetwork, networkOf, parseIpRange } from './ip-range';
import { isUnresolved } from '../core/terraform-text';
import { ErrorSubject, ValidationError } from '../core/validation-error';

/**
 * Checks a literal request-IP condition entry: an IPv4 or IPv6 address, or a CIDR range of either whose
 * host bits are zero. Unresolved tokens pass.
 */
export function validateIpOrCidr(entry: string, field: string, subject: ErrorSubject): void {
  if (isUnresolved(entry)) return;
  if (typeof entry !== 'string') {
    throw new ValidationError(`${field} entry ${JSON.stringify(entry) ?? String(entry)} is not a string; give an IP address or CIDR range such as "192.0.2.0/24".`, subject);
  }
  // Node accepts an IPv6 zone index ("fe80::1%eth0"); Cloudflare does not, and it means nothing off the host.
  if (entry.includes('%')) {
    throw new ValidationError(`${field} entry "${entry}" has an IPv6 zone index ("%…"), which Cloudflare does not take; drop it ("${entry.split('%')[0]}").`, subject);
  }
  const range = parseIpRange(entry);
  if (range === undefined) {
    throw new ValidationError(
      `${field} entry "${entry}" is not an IP address or CIDR range; use an IPv4 or IPv6 address or range, ` +
        'such as "192.0.2.0/24", "198.51.100.7" or "2001:db8::/32".',
      subject,
    );
  }
  if (networkOf(range) !== range.address) {
    const address = entry.split('/')[0];
    throw new ValidationError(
      `${field} entry "${entry}" has host bits set: the /${range.prefix} range holding ${address} is "${formatNetwork(range)}". ` +
        `Write "${formatNetwork(range)}" for the range, or "${address}" for that one address.`,
      subject,
    );
  }
}
