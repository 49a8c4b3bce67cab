import { normalizeResources, scopeOfResources } from '../../../src/policy/private/resource-tree-from-input';
import { TokenOwner } from '../../../src/policy/private/token-owner';
import { ACCOUNT_ID, thrownMessage } from '../../support/synth';

const OTHER_ACCOUNT = 'fedcba9876543210fedcba9876543210';
const ZONE_ID = '00000000000000000000000000000001';
const ACCOUNT = 'com.cloudflare.api.account';
const OWN = `${ACCOUNT}.${ACCOUNT_ID}`;
const ZONES = `${ACCOUNT}.zone.*`;
const user: TokenOwner = { label: 'T "t" policy #1' };
const owned: TokenOwner = { label: 'T "t" policy #1', accountId: ACCOUNT_ID };
const errorOf = (resources: unknown, owner: TokenOwner = owned) => thrownMessage(() => normalizeResources(resources, owner));

describe('normalizeResources', () => {
  test('a user-owned token keeps its keys where they are', () => {
    const resources = { [ZONES]: '*', [`${ACCOUNT}.${OTHER_ACCOUNT}`]: '*' };
    expect(normalizeResources(resources, user)).toEqual(resources);
  });

  test('an account-owned token nests top-level zone keys under its own account', () => {
    expect(normalizeResources({ [ZONES]: '*', [`${ACCOUNT}.zone.${ZONE_ID}`]: '*' }, owned)).toEqual({
      [OWN]: { [ZONES]: '*', [`${ACCOUNT}.zone.${ZONE_ID}`]: '*' },
    });
  });

  test('the bare account key becomes the owner\'s account', () => {
    expect(normalizeResources({ [ACCOUNT]: '*' }, owned)).toEqual({ [OWN]: '*' });
    expect(normalizeResources({ [ACCOUNT]: { [ZONES]: '*' } }, owned)).toEqual({ [OWN]: { [ZONES]: '*' } });
  });

  test('nested zones and top-level zones of the own account merge into one entry', () => {
    expect(normalizeResources({ [OWN]: { [`${ACCOUNT}.zone.${ZONE_ID}`]: '*' }, [ZONES]: '*' }, owned)).toEqual({
      [OWN]: { [`${ACCOUNT}.zone.${ZONE_ID}`]: '*', [ZONES]: '*' },
    });
  });

  test('the same key given twice with the same value is kept once', () => {
    expect(normalizeResources({ [ACCOUNT]: '*', [OWN]: '*' }, owned)).toEqual({ [OWN]: '*' });
  });

  test('keys this library does not know pass through untouched', () => {
    const resources = { [`${ACCOUNT}.worker.route.*`]: '*' };
    expect(normalizeResources(resources, owned)).toEqual(resources);
  });

  test.each<[string, unknown, string]>([
    ['a list', [ZONES], `T "t" policy #1: resources must be a map from resource key to "*" or to a nested map, got a list (["${ZONES}"]). Example: { "com.cloudflare.api.account.zone.*": "*" }.`],
    ['a string', ZONES, `T "t" policy #1: resources must be a map from resource key to "*" or to a nested map, got string "${ZONES}". Example: { "com.cloudflare.api.account.zone.*": "*" }.`],
    ['nothing', undefined, 'T "t" policy #1: resources must be a map from resource key to "*" or to a nested map, got undefined. Example: { "com.cloudflare.api.account.zone.*": "*" }.'],
    ['an empty map', {}, 'T "t" policy #1: resources is empty. Name at least one resource, e.g. { "com.cloudflare.api.account.zone.*": "*" } or a key from the Resources helpers.'],
    ['an empty nested map', { [OWN]: {} }, `T "t" policy #1: resources["${OWN}"] is empty. Name at least one resource, e.g. { "com.cloudflare.api.account.zone.*": "*" } or a key from the Resources helpers.`],
    ['an empty key', { ' ': '*' }, 'T "t" policy #1: resources has an empty key; use a resource key such as "com.cloudflare.api.account.<ACCOUNT_ID>".'],
    ['a prototype name', { toString: '*' }, 'T "t" policy #1: resources has the key "toString", which is not a Cloudflare resource key (and names a JavaScript prototype property). Use a key such as "com.cloudflare.api.account.<ACCOUNT_ID>".'],
    ['a value other than "*"', { [ZONES]: 'read' }, `T "t" policy #1: resources["${ZONES}"] is string "read"; a resource maps to "*" (all of it) or to a nested map of resources.`],
    ['a list value', { [ZONES]: ['*'] }, `T "t" policy #1: resources["${ZONES}"] is a list (["*"]); a resource maps to "*" (all of it) or to a nested map of resources.`],
    [
      'a class instance',
      new (class Resources {})(),
      'T "t" policy #1: resources is not a plain object: a "__proto__" key in an object literal sets its prototype instead of adding a key (or a class instance was given). Write resource keys as plain properties, e.g. { "com.cloudflare.api.account.zone.*": "*" }.',
    ],
    [
      'three levels',
      { [OWN]: { [ZONES]: { [`${ACCOUNT}.zone.dns.*`]: '*' } } },
      `T "t" policy #1: resources["${OWN}"]["${ZONES}"] nests resources 3 levels deep; Cloudflare takes at most 2: an account key holding zone or bucket keys, each mapped to "*" (account-owned tokens nest top-level zone keys under their account).`,
    ],
    [
      'a nested top-level zone key (three levels after nesting)',
      { [ZONES]: { [`${ACCOUNT}.zone.dns.*`]: '*' } },
      `T "t" policy #1: resources["${OWN}"]["${ZONES}"] nests resources 3 levels deep; Cloudflare takes at most 2: an account key holding zone or bucket keys, each mapped to "*" (account-owned tokens nest top-level zone keys under their account).`,
    ],
    [
      'the own account both as "*" and with zones',
      { [OWN]: '*', [ZONES]: '*' },
      `T "t" policy #1: "${OWN}" is given both as "*" and with nested resources (account-owned tokens nest zone keys and the bare "${ACCOUNT}" key under their own account). Put the account-wide grant and the zone grant in two separate policies.`,
    ],
  ])('refuses %s', (_, resources, message) => {
    expect(errorOf(resources)).toBe(message);
  });

  test('a user-owned token cannot use the bare account key', () => {
    expect(errorOf({ [ACCOUNT]: '*' }, user)).toBe(
      `T "t" policy #1: the bare key "${ACCOUNT}" means "the token's own account", and a user-owned token has none. ` +
        'Name the account with Resources.account("<ACCOUNT_ID>") (or "com.cloudflare.api.account.*" for all of them).',
    );
  });

  test('nested entries that disagree are refused', () => {
    expect(errorOf({ [ACCOUNT]: { [ZONES]: '*' }, [OWN]: { [ZONES]: { [`${ACCOUNT}.zone.${ZONE_ID}`]: '*' } } })).toBe(
      `T "t" policy #1: "${ZONES}" is given twice under "${OWN}" with different values; keep one.`,
    );
  });
});

describe('scopeOfResources', () => {
  test.each<[string, object, string | undefined]>([
    ['zone leaves under an account', { [OWN]: { [ZONES]: '*', [`${ACCOUNT}.zone.${ZONE_ID}`]: '*' } }, 'com.cloudflare.api.account.zone'],
    ['account leaves', { [OWN]: '*', [`${ACCOUNT}.*`]: '*' }, 'com.cloudflare.api.account'],
    ['a bucket leaf', { [`com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_default_photos`]: '*' }, 'com.cloudflare.edge.r2.bucket'],
    ['leaves of two scopes', { [OWN]: '*', [ZONES]: '*' }, undefined],
    ['an unknown key', { [`${ACCOUNT}.worker.route.*`]: '*' }, undefined],
  ])('%s', (_, tree, scope) => {
    expect(scopeOfResources(tree as any)).toBe(scope);
  });
});
