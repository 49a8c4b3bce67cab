import { App, TerraformStack } from 'cdktf';
import { checkAccess, planDeployToken } from '../../../src/deploy/private/deploy-token-policies';
import { ACCOUNT_ID, thrownMessage } from '../../support/synth';

describe('deploy token policies', () => {
  test('access is one of the DeployAccess values, in any case', () => {
    expect(checkAccess('DEPLOY', 'D "d"')).toBe('deploy');
    expect(thrownMessage(() => checkAccess('admin', 'D "d"'))).toMatch(/^D "d": access "admin" is not valid; use /);
  });

  test('a stack without Cloudflare resources needs no policy', () => {
    const plan = planDeployToken([new TerraformStack(new App(), 'empty')], 'deploy', ACCOUNT_ID, 'D "d"');
    expect(plan.policies).toEqual([]);
    expect(plan.signature).toBe('');
    expect(plan.unknown).toEqual([]);
  });
});
