import { Fn, Op, Precondition, Token } from 'cdktf';

/**
 * With an overlap, a `version` known only at plan time must be a whole number, not negative: the two
 * tokens take turns by odd and even versions. `label` names the construct.
 */
export function wholeVersionGuard(version: string, label: string): Precondition {
  return {
    condition: Fn.can(Fn.regex('^[0-9]{1,15}$', Fn.tostring(version))),
    errorMessage:
      `${label}: rotation.version is "${Fn.tostring(version)}", which is not a whole number of at most 15 digits (no sign, no ` +
      'fraction); with rotation.overlap the two tokens take turns by odd and even versions. Give a whole number such as "2", and raise it by one to rotate.',
  };
}

/**
 * A token must expire after it becomes valid: `notBefore` (known only at plan time, or a literal checked
 * again at plan) against the expiry the rotation gives it.
 */
export function validBeforeExpiryGuard(notBefore: string, expiresOn: string, label: string, notBeforeName: string): Precondition {
  return {
    condition: Op.eq(Fn.timecmp(expiresOn, notBefore), 1),
    errorMessage:
      `${label}: ${notBeforeName} "${Token.asString(notBefore)}" is not before the expiry the rotation gives this token ` +
      `("${Token.asString(expiresOn)}"): it would expire before it is valid. Move ${notBeforeName} earlier, or lengthen rotation.every.`,
  };
}
