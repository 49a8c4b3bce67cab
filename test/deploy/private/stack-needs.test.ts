import { isLiteralId, placeFor, placeKey } from '../../../src/deploy/private/stack-needs';
import { ACCOUNT_ID } from '../../support/synth';

const ZONE_ID = '023e105f4ecef8ad9ca31a8372d0c353';
const ACCOUNT = 'com.cloudflare.api.account';
const ZONE = 'com.cloudflare.api.account.zone';

describe('stack needs: places', () => {
  test('the narrowest place the arguments name: the zone, else the account, else the zones of the account, else the user', () => {
    expect(placeFor({ accountId: ACCOUNT_ID, zoneId: ZONE_ID }, new Set([ZONE]))).toEqual({ kind: 'zone', id: ZONE_ID });
    expect(placeFor({ accountId: ACCOUNT_ID, zoneId: ZONE_ID }, new Set([ACCOUNT]))).toEqual({ kind: 'account', id: ACCOUNT_ID });
    expect(placeFor({ accountId: ACCOUNT_ID }, new Set([ZONE]))).toEqual({ kind: 'zones-of-account', id: ACCOUNT_ID });
    expect(placeFor({}, new Set(['com.cloudflare.api.user']))).toEqual({ kind: 'user' });
  });

  test('place keys write expressions as Terraform text, never as token markers', () => {
    expect(placeKey({ kind: 'account', id: ACCOUNT_ID })).toBe(`account:${ACCOUNT_ID}`);
    expect(placeKey({ kind: 'zone', id: '${var.zone}' })).toBe('zone:ref(var.zone)');
    expect(placeKey({ kind: 'zone', id: 'z-${var.zone}' })).toBe('zone:expr(z-${var.zone})');
    expect(placeKey({ kind: 'account', id: undefined })).toBe("account:(the deploy token's own account)");
    expect(placeKey({ kind: 'user' })).toBe('user');
  });

  test('an id is literal when it holds no Terraform expression', () => {
    expect(isLiteralId(ACCOUNT_ID)).toBe(true);
    expect(isLiteralId('${var.account}')).toBe(false);
    expect(isLiteralId(undefined)).toBe(false);
  });
});
