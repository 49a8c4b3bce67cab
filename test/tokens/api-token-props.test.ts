import { readFileSync } from 'fs';
import { TokenStatus } from '../../src/tokens/api-token-props';

/** The `status` values a provider resource's documentation lists ("Available values: ..."). */
function providerStatuses(resource: string): string[] {
  const typings = readFileSync(require.resolve(`@cdktf/provider-cloudflare/lib/${resource}/index.d.ts`), 'utf8');
  const doc = /Status of the token\.\s*\*\s*Available values: ([^\n]*)\./.exec(typings);
  if (!doc) throw new Error(`no status documentation in ${resource}`);
  return doc[1].split(', ').map((value) => JSON.parse(value));
}

describe('TokenStatus', () => {
  test('lists the statuses a token can be set to: active and disabled ("expired" is set by Cloudflare)', () => {
    expect(Object.entries(TokenStatus)).toEqual([
      ['ACTIVE', 'active'],
      ['DISABLED', 'disabled'],
    ]);
  });

  test.each(['account-token', 'api-token'])('the values are ones the provider takes for %s', (resource) => {
    expect(providerStatuses(resource)).toEqual(['active', 'disabled', 'expired']);
  });
});
