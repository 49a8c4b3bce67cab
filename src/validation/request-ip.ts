import { containsRange, IpRange, parseIpRange, sameRange } from './ip-range';
import { isUnresolved } from '../core/terraform-text';
import { ErrorSubject, ValidationError } from '../core/validation-error';

/** A request-IP list as the user gave it, and how messages name it (`condition.requestIp.in`). */
export interface NamedIpList {
  readonly field: string;
  readonly entries: readonly string[];
}

/**
 * Checks `in` against `notIn` (both already checked entry by entry): a range in both lists is an error,
 * since the token is refused there and the `in` entry only reads as access; an `in` range that lies wholly
 * inside a `notIn` range is allowed nowhere, which the returned warnings say. A `notIn` range inside an `in`
 * range is the usual carve-out and passes. Unresolved entries are not compared.
 */
export function checkInAgainstNotIn(allowed: NamedIpList, refused: NamedIpList, subject: ErrorSubject): string[] {
  const warnings: string[] = [];
  const refusedRanges = literalRanges(refused.entries);
  for (const [entry, range] of literalRanges(allowed.entries)) {
    const same = refusedRanges.find(([, other]) => sameRange(range, other));
    if (same) {
      throw new ValidationError(
        `"${entry}" is in both ${allowed.field} and ${refused.field}${same[0] === entry ? '' : ` (as "${same[0]}")`}: the token would be refused there, ` +
          `so the ${allowed.field} entry grants nothing. Remove it from one list: from ${allowed.field} to refuse that range, from ${refused.field} to allow it.`,
        subject,
      );
    }
    const wider = refusedRanges.find(([, other]) => containsRange(other, range));
    if (wider) {
      warnings.push(`${allowed.field} entry "${entry}" lies inside ${refused.field} entry "${wider[0]}", so the token is refused from all of it; remove one of them.`);
    }
  }
  return warnings;
}

function literalRanges(entries: readonly string[]): Array<[string, IpRange]> {
  return entries.flatMap((entry): Array<[string, IpRange]> => {
    if (isUnresolved(entry)) return [];
    const range = parseIpRange(entry);
    return range === undefined ? [] : [[entry, range]];
  });
}
