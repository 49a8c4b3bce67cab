import { AccountApiToken, R2Access, R2BucketToken } from '../../src';
import { propName, pythonName } from '../../src/core/python-names';
import { ACCOUNT_ID, synthError } from '../support/synth';

/** Runs `check` as the library runs under a Python program (the jsii runtime sets JSII_AGENT). */
function asPython<T>(check: () => T): T {
  const saved = process.env.JSII_AGENT;
  process.env.JSII_AGENT = 'Python/3.11.7';
  try {
    return check();
  } finally {
    if (saved === undefined) delete process.env.JSII_AGENT;
    else process.env.JSII_AGENT = saved;
  }
}

const zoneRead = { effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } };

describe('error messages name properties as the caller wrote them', () => {
  test('Python names: snake_case, and in_ for the reserved word', () => {
    expect(['notBefore', 'in', 'resolvePermissionGroupsAtPlanTime', 'effect'].map(pythonName)).toEqual(['not_before', 'in_', 'resolve_permission_groups_at_plan_time', 'effect']);
    expect(propName('condition.requestIp.notIn')).toBe('condition.requestIp.notIn');
    expect(asPython(() => propName('condition.requestIp.notIn'))).toBe('condition.request_ip.not_in');
  });

  test('a time prop: notBefore from TypeScript, not_before from Python', () => {
    const build = () => synthError((s) => new AccountApiToken(s, 't', { accountId: ACCOUNT_ID, name: 't', policies: [zoneRead], notBefore: '2024-01-01' }));
    expect(build()).toMatch(/: notBefore "2024-01-01" is not an RFC 3339 time/);
    expect(asPython(build)).toMatch(/: not_before "2024-01-01" is not an RFC 3339 time/);
  });

  test('the request IP lists and the empty group list', () => {
    const ip = () => synthError((s) => new AccountApiToken(s, 't', { accountId: ACCOUNT_ID, name: 't', policies: [zoneRead], condition: { requestIp: { in: ['300.1.1.1'] } } }));
    expect(asPython(ip)).toMatch(/: condition\.request_ip\.in_ entry "300\.1\.1\.1" is not an IP address/);
    const groups = () => synthError((s) => new AccountApiToken(s, 't', { accountId: ACCOUNT_ID, name: 't', policies: [{ ...zoneRead, permissionGroups: [] }] }));
    expect(asPython(groups)).toMatch(/policy #1: permission_groups is empty/);
  });

  test('the missing account id: in Python the variable must be set before the program starts', () => {
    const saved = process.env.CLOUDFLARE_ACCOUNT_ID;
    delete process.env.CLOUDFLARE_ACCOUNT_ID;
    try {
      const build = () => synthError((s) => new AccountApiToken(s, 't', { name: 't', policies: [zoneRead] }));
      expect(build()).toBe('AccountApiToken "test/t": no account id. Pass accountId (32 hex characters) or set CLOUDFLARE_ACCOUNT_ID before synth.');
      expect(asPython(build)).toBe(
        'AccountApiToken "test/t": no account id. Pass account_id (32 hex characters) or set CLOUDFLARE_ACCOUNT_ID in the environment before the program ' +
          'starts (the library reads it when the first cdktf import starts its Node.js process; os.environ changes after that do not reach it).',
      );
    } finally {
      if (saved !== undefined) process.env.CLOUDFLARE_ACCOUNT_ID = saved;
    }
  });

  test('the R2 preset and the grant methods', () => {
    const build = () => synthError((s) => new R2BucketToken(s, 'r2', { accountId: ACCOUNT_ID, access: R2Access.READ }));
    expect(asPython(build)).toMatch(/give exactly one of bucket \(an R2Bucket resource\) and bucket_name\./);
    const grant = () =>
      synthError((s) => new AccountApiToken(s, 't', { accountId: ACCOUNT_ID, name: 't', policies: [zoneRead] }).grantAccount(['Zone Read'], 'fedcba9876543210fedcba9876543210'));
    expect(asPython(grant)).toMatch(/^AccountApiToken "test\/t" grant_account: account "fedcba9876543210fedcba9876543210" is not the token's account/);
  });
});
