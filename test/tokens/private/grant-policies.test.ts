import { R2Access, R2BucketRef } from '../../../src';
import { accountGrant, r2BucketGrant, zoneGrant } from '../../../src/tokens/private/grant-policies';
import { ACCOUNT_ID } from '../../support/synth';

const ITEM_READ = '6a018a9f2fc74eb6b293b0c548f38b39';
const ITEM_WRITE = '2efd5506f9c8494dacb1fa10a3e7d5b6';
const ZONE_ID = '023e105f4ecef8ad9ca31a8372d0c353';
const OTHER_ACCOUNT = 'fedcba9876543210fedcba9876543210';
const bucketKey = (name: string, jurisdiction = 'default') => `com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_${jurisdiction}_${name}`;

describe('grant policies', () => {
  const owned = { label: 'T "t"', accountId: ACCOUNT_ID };
  const user = { label: 'U "u"' };

  test('r2BucketGrant: the bucket item groups of the access, on that bucket of the token\'s account', () => {
    expect(r2BucketGrant(owned, R2BucketRef.fromName('reports', 'eu'), R2Access.READ_WRITE)).toEqual({
      effect: 'allow',
      permissionGroups: [ITEM_READ, ITEM_WRITE],
      resources: { [bucketKey('reports', 'eu')]: '*' },
    });
    expect(() => r2BucketGrant(user, R2BucketRef.fromName('reports'), R2Access.READ)).toThrow(
      new Error('U "u" grantR2Bucket: a user-owned token has no account of its own; name the account, e.g. R2BucketRef.fromName("reports", "default", "<ACCOUNT_ID>").'),
    );
    expect(() => r2BucketGrant(owned, { bucketName: 'reports' } as any, R2Access.READ)).toThrow(
      new Error('T "t" grantR2Bucket: the bucket must be an R2BucketRef; use R2BucketRef.fromBucket(bucket) or R2BucketRef.fromName("name").'),
    );
  });

  test('zoneGrant: the groups on one zone', () => {
    expect(zoneGrant(user, ZONE_ID, ['DNS Write'])).toEqual({ effect: 'allow', permissionGroups: ['DNS Write'], resources: { [`com.cloudflare.api.account.zone.${ZONE_ID}`]: '*' } });
  });

  test("accountGrant: the token's own account, or the one a user-owned token names; never another account of an account-owned token", () => {
    const onAccount = (account: string) => ({ effect: 'allow', permissionGroups: ['Zone Read'], resources: { [`com.cloudflare.api.account.${account}`]: '*' } });
    expect(accountGrant(owned, ['Zone Read'])).toEqual(onAccount(ACCOUNT_ID));
    expect(accountGrant(owned, ['Zone Read'], ACCOUNT_ID)).toEqual(onAccount(ACCOUNT_ID));
    expect(accountGrant(user, ['Zone Read'], OTHER_ACCOUNT)).toEqual(onAccount(OTHER_ACCOUNT));
    expect(() => accountGrant(owned, ['Zone Read'], OTHER_ACCOUNT)).toThrow(
      new Error(
        `T "t" grantAccount: account "${OTHER_ACCOUNT}" is not the token's account "${ACCOUNT_ID}"; an account-owned token reaches only its own account. ` +
          'Use a token of that account, or a UserApiToken.',
      ),
    );
    expect(() => accountGrant(user, ['Zone Read'])).toThrow(
      new Error('U "u" grantAccount: a user-owned token has no account of its own; name the account, e.g. grantAccount(groups, "<ACCOUNT_ID>").'),
    );
  });
});
