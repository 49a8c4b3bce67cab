import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { isVersionConstraint } from '../../src/provider/private/version-constraint';
import { terraformBinary } from '../support/terraform';

// Constraints Terraform takes and refuses, around the edges of the syntax.
const CONSTRAINTS = [
  '5.24.0--', '5.24.0+a.b', '5.24.0+a..b', '5.24.0+.a', '5.24.0-+', '5.24.0-a-+b', '5.24.0+-', '5.24.0+a+b', '5.24-a', '5-a+b', '5.24.0- a', '5 .24',
  '5.24.0-a..b', '5.24.0-a+', '5.24.0-.', '5.24.0-a.+b',
  '5.24.0', '~> 5.24', '>= 5.14, < 6', '5', '=5.24.0', '= 5.24.0', '!= 5.1', '~>5', '>=5,<6', ' 5.24.0 ', '05.1',
  '5.24.0-beta1', '5.24.0-beta.1', '5.24.0+abc', '~> 5.24.0-rc.1+build.7', '<= 5.30, != 5.20.0, > 5.10',
  'garbage', 'v5.24.0', '5.24.0.1', '5.24.0, ', ',5.24.0', '5,,6', '=> 5', '5.x', '5.*', '', ' ', '>= 5 < 6', '~>', '5.24.0-', '5.24.0+', '5.24.0-+abc', '5.24.0-.1',
  '5.24.0_1', '== 5.24.0', '~ 5.24', '^5.24', '5.24.0 - 5.30.0', '5.-1',
];

// Taken by Terraform (an empty pre-release, one that starts with a dot), refused here as not semver.
const TERRAFORM_ONLY = ['5.24.0-', '5.24.0-.1'];

/** Whether `terraform providers` (which reads the configuration, nothing more) accepts the constraint. */
function terraformTakes(terraform: string, dir: string, constraint: string): boolean {
  const config = { terraform: { required_providers: { cloudflare: { source: 'cloudflare/cloudflare', version: constraint } } } };
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify(config));
  const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
  try {
    execFileSync(terraform, ['providers', '-no-color'], { cwd: dir, env, timeout: 60_000, stdio: 'pipe' });
    return true;
  } catch (e) {
    const output = `${(e as { stdout?: Buffer }).stdout ?? ''}${(e as { stderr?: Buffer }).stderr ?? ''}`;
    if (!output.includes('Invalid version constraint')) throw new Error(`terraform providers failed for ${JSON.stringify(constraint)} for another reason:\n${output}`);
    return false;
  }
}

test('isVersionConstraint agrees with Terraform on every constraint of the list', () => {
  const terraform = terraformBinary();
  const dir = mkdtempSync(join(tmpdir(), 'cdktf-cf-tokens-constraint-'));
  try {
    const verdicts = CONSTRAINTS.map((constraint) => [constraint, terraformTakes(terraform, dir, constraint)] as const);
    expect(verdicts.filter(([, takes]) => takes).length).toBeGreaterThanOrEqual(10);
    expect(verdicts.filter(([, takes]) => !takes).length).toBeGreaterThanOrEqual(10);
    // Never more than Terraform; less only for odd forms that Terraform's parser lets through.
    const expected = verdicts.map(([constraint, takes]) => [constraint, takes && !TERRAFORM_ONLY.includes(constraint)]);
    expect(CONSTRAINTS.map((constraint) => [constraint, isVersionConstraint(constraint)])).toEqual(expected);
    expect(TERRAFORM_ONLY.filter((constraint) => !terraformTakes(terraform, dir, constraint))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
