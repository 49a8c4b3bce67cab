import { checkKnownProperties, propertyNames } from '../../src/validation/unknown-properties';
import { thrownMessage } from '../support/synth';

interface Example {
  readonly effect: string;
  readonly permissionGroups: string[];
  readonly in?: string[];
}
const KNOWN = propertyNames<Example>({ effect: true, permissionGroups: true, in: true });
const errorOf = (value: object) => thrownMessage(() => checkKnownProperties(value, KNOWN, 'T "t"', 'the policy'));
const VALID = 'Valid: "effect", "permissionGroups" (Python: permission_groups), "in" (Python: in_). An unknown property would be ignored, so it is refused.';

describe('propertyNames', () => {
  test('lists the names of the record, in order', () => {
    expect(KNOWN).toEqual(['effect', 'permissionGroups', 'in']);
  });
});

describe('checkKnownProperties', () => {
  test('known properties pass, including absent optional ones', () => {
    expect(() => checkKnownProperties({ effect: 'allow', permissionGroups: [] }, KNOWN, 'T', 'x')).not.toThrow();
    expect(() => checkKnownProperties({}, KNOWN, 'T', 'x')).not.toThrow();
  });

  test.each<[string, object, string]>([
    ['another letter case', { Effect: 'deny' }, `T "t": the policy has unknown property "Effect" (did you mean "effect"?). ${VALID}`],
    ['the Python spelling', { permission_groups: [] }, `T "t": the policy has unknown property "permission_groups" (did you mean "permissionGroups" (Python: permission_groups)?). ${VALID}`],
    ['kebab case', { 'permission-groups': [] }, `T "t": the policy has unknown property "permission-groups" (did you mean "permissionGroups" (Python: permission_groups)?). ${VALID}`],
    ['the Python name of in', { in_: [] }, `T "t": the policy has unknown property "in_" (did you mean "in" (Python: in_)?). ${VALID}`],
    [
      'several',
      { effect: 'allow', Effect: 'deny', permissionGroup: [] },
      `T "t": the policy has unknown properties "Effect" (did you mean "effect"?), "permissionGroup" (did you mean "permissionGroups" (Python: permission_groups)?). ${VALID}`,
    ],
  ])('refuses %s, suggesting the nearest name', (_, value, message) => {
    expect(errorOf(value)).toBe(message);
  });
});
