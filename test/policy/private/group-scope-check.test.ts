import { checkGroupScopes } from '../../../src/policy/private/group-scope-check';
import { PermissionGroupCatalog } from '../../../src/policy/private/permission-group-catalog';
import { ACCOUNT_ID, thrownMessage } from '../../support/synth';

const DNS_WRITE = '4755a26eedb94da69e1066d98aa820be';
const catalog = PermissionGroupCatalog.default;
const account = { [`com.cloudflare.api.account.${ACCOUNT_ID}`]: '*' } as const;
const zones = { 'com.cloudflare.api.account.zone.*': '*' } as const;

describe('checkGroupScopes', () => {
  test('a zone group on zones passes', () => {
    expect(() => checkGroupScopes([DNS_WRITE], zones, 'T', catalog)).not.toThrow();
  });

  test('a zone group on an account alone is refused, naming the group and where it belongs', () => {
    expect(thrownMessage(() => checkGroupScopes([DNS_WRITE], account, 'T "t" policy #1', catalog))).toMatch(
      /^T "t" policy #1: permission group "DNS Write" \(4755a26eedb94da69e1066d98aa820be\) applies to com\.cloudflare\.api\.account\.zone resources/,
    );
  });

  test('unknown groups and keys of unknown scope pass untouched', () => {
    expect(() => checkGroupScopes(['0'.repeat(32)], account, 'T', catalog)).not.toThrow();
    expect(() => checkGroupScopes([DNS_WRITE], { 'com.cloudflare.api.account.worker.route.*': '*' }, 'T', catalog)).not.toThrow();
  });
});
