/**
 * The tokens both synth cases build. The library case gives permission groups by the names people type
 * (API names, dashboard "Edit" spellings, the singular "Worker", a name that exists in two scopes); the raw
 * case writes the ids those names stand for, looked up once by hand in data/permission-groups.json.
 * Each token has two policies: one on the zones of its own account, one on the account itself.
 */
export const ACCOUNT_ID = '0123456789abcdef0123456789abcdef';

export interface Profile {
  /** Names for the zone policy (`com.cloudflare.api.account.zone.*`). */
  readonly zoneNames: string[];
  /** Their ids, sorted. */
  readonly zoneIds: string[];
  /** Names for the account policy (the bare `com.cloudflare.api.account`). */
  readonly accountNames: string[];
  /** Their ids, sorted. */
  readonly accountIds: string[];
}

export const PROFILES: readonly Profile[] = [
  {
    zoneNames: ['Zone Read', 'DNS Edit'],
    zoneIds: ['4755a26eedb94da69e1066d98aa820be', 'c8fed203ed3043cba015a93ad1616f1f'],
    accountNames: ['Workers Scripts Edit', 'Account Settings Read'],
    accountIds: ['c1fde68c7bcc44588cbb6ddbc16d6480', 'e086da7e2179491d91ee5f35b3ca210a'],
  },
  {
    zoneNames: ['Cache Purge', 'Zone Settings Write'],
    zoneIds: ['3030687196b94b638145a3953da2b699', 'e17beae8b8cb423a99b1730f21238bed'],
    accountNames: ['Workers R2 Storage Write', 'Account Analytics Read'],
    accountIds: ['b89a480218d04ceb98b4fe57ca29dc1f', 'bf7481a1826f439697cb59a20b22293e'],
  },
  {
    // "Logs Read" exists for accounts and for zones: the policy's resources pick the scope.
    zoneNames: ['Logs Read', 'Analytics Read'],
    zoneIds: ['9c88f9c5bce24ce7af9a958ba9c504db', 'c4a30cd58c5d42619c86a3c36c441e2d'],
    accountNames: ['Logs Read', 'Pages Write'],
    accountIds: ['6a315a56f18441e59ed03352369ae956', '8d28297797f24fb8a0c332fe0866ec89'],
  },
  {
    zoneNames: ['Worker Routes Edit', 'SSL and Certificates Write'],
    zoneIds: ['28f4b596e7d643029c524985477ae49a', 'c03055bc037c4ea9afb9a9f104b7b721'],
    accountNames: ['Workers KV Storage Edit', 'D1 Write'],
    accountIds: ['09b2857d1c31407795e75e3fed8617a1', 'f7f0eda5697f475c90846e879bab8666'],
  },
  {
    zoneNames: ['Firewall Services Write', 'Page Rules Edit'],
    zoneIds: ['43137f8d07884d3198dc0ee77ca6e79b', 'ed07f6c337da4195b4e72a1fb2c6bcae'],
    accountNames: ['Queues Write', 'Workers Scripts Write'],
    accountIds: ['366f57075ffc42689627bcf8242a1b6d', 'e086da7e2179491d91ee5f35b3ca210a'],
  },
];

/** Construct id of token `i`; the library names its outputs `<id>_access_key_id` / `<id>_secret_access_key`. */
export function tokenId(i: number): string {
  return `token-${i}`;
}

/** Display name of token `i`. */
export function tokenName(i: number): string {
  return `bench token ${i}`;
}

/** The token count from argv[2]. */
export function countFromArgv(): number {
  const count = Number(process.argv[2]);
  if (!Number.isInteger(count) || count < 1) throw new Error(`usage: node <case> <token count>, got ${process.argv[2]}`);
  return count;
}

/** The synth output directory the parent made. */
export function outdirFromEnv(): string {
  const outdir = process.env.BENCH_OUTDIR;
  if (!outdir) throw new Error('BENCH_OUTDIR is not set');
  return outdir;
}

/**
 * The grants variant (`BENCH_SYNTH=grants`, the case "synth N grants"): each token has one policy on a
 * zone of its own (`zoneOf(i)`) and `grantR2Bucket` of a bucket of its own (`bucketOf(i)`), read-write.
 * The raw side writes the policies the library renders for that: the zone policy, then the bucket's.
 */
export const GRANTS = {
  zoneNames: ['DNS Write', 'Zone Read'],
  zoneIds: ['4755a26eedb94da69e1066d98aa820be', 'c8fed203ed3043cba015a93ad1616f1f'],
  /** "Workers R2 Storage Bucket Item Read" and "... Write", sorted. */
  bucketIds: ['2efd5506f9c8494dacb1fa10a3e7d5b6', '6a018a9f2fc74eb6b293b0c548f38b39'],
};

/** Which synth case this child runs. */
export function synthVariant(): 'policies' | 'grants' {
  const variant = process.env.BENCH_SYNTH ?? 'policies';
  if (variant !== 'policies' && variant !== 'grants') throw new Error(`BENCH_SYNTH is ${variant}; give policies or grants`);
  return variant;
}

/** The zone of token `i` in the grants variant. */
export function zoneOf(i: number): string {
  return i.toString(16).padStart(32, '0');
}

/** The bucket of token `i` in the grants variant. */
export function bucketOf(i: number): string {
  return `bucket-${i}`;
}
