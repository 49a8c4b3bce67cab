// One constraint of Terraform's version constraint syntax (required_providers `version`): an optional
// operator, then a version of one to three numbers with an optional semver pre-release and build part.
// Terraform also takes a few odd forms ("5.24.0-", "5.24.0-.1") that this refuses; it never takes one that
// this accepts. test/provider/version-constraint-terraform.test.ts checks both against `terraform providers`.
const IDENTIFIERS = '[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*';
const CONSTRAINT = new RegExp(`^\\s*(?:=|!=|>=|<=|>|<|~>)?\\s*\\d+(?:\\.\\d+){0,2}(?:-${IDENTIFIERS})?(?:\\+${IDENTIFIERS})?\\s*$`);

/** True when Terraform takes `value` as a version constraint: constraints such as "5.24.0", "~> 5.24", ">= 5.14, < 6". */
export function isVersionConstraint(value: string): boolean {
  return value.split(',').every((part) => CONSTRAINT.test(part));
}
