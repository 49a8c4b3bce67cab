import { createHash, timingSafeEqual } from 'node:crypto';
import { Jurisdiction, StoredBucket, StoredObject, StoredToken } from './types';

function bucketKey(accountId: string, jurisdiction: Jurisdiction, name: string): string {
  return `${accountId}/${jurisdiction}/${name}`;
}

/** token id -> sha256(value) per state, kept outside the object so it never shows up when a test prints `fake.state`. */
const VALUE_DIGESTS = new WeakMap<FakeState, Map<string, Buffer>>();

function hashOf(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * Everything the fake holds, inspectable by tests through `fake.state`.
 * Token values are never stored; a keyed digest of each value is kept apart (non-enumerable)
 * so bearer `verify` calls and the S3 secret can be checked.
 */
export class FakeState {
  readonly tokens = new Map<string, StoredToken>();
  readonly buckets = new Map<string, StoredBucket>();

  constructor(readonly accountIds: readonly string[], readonly userId: string) {
    VALUE_DIGESTS.set(this, new Map());
  }

  /** token id -> sha256(value) raw bytes; the S3 secret is its hex form. */
  private get valueDigests(): Map<string, Buffer> {
    return VALUE_DIGESTS.get(this)!;
  }

  hasAccount(accountId: string): boolean {
    return this.accountIds.includes(accountId);
  }

  // ---- tokens ----

  addToken(token: StoredToken, value: string): void {
    this.tokens.set(token.id, token);
    this.valueDigests.set(token.id, hashOf(value));
  }

  deleteToken(id: string): boolean {
    this.valueDigests.delete(id);
    return this.tokens.delete(id);
  }

  accountTokens(accountId?: string): StoredToken[] {
    return [...this.tokens.values()].filter((t) => t.owner.kind === 'account' && (accountId === undefined || t.owner.accountId === accountId));
  }

  userTokens(): StoredToken[] {
    return [...this.tokens.values()].filter((t) => t.owner.kind === 'user');
  }

  /** Finds the issued token whose value is `value` (constant-time per comparison). */
  tokenByValue(value: string): StoredToken | undefined {
    const digest = hashOf(value);
    for (const [id, d] of this.valueDigests) {
      if (timingSafeEqual(d, digest)) return this.tokens.get(id);
    }
    return undefined;
  }

  /** The R2 secret access key of a token (sha256 hex of its value), for SigV4 verification only. */
  s3SecretFor(tokenId: string): string | undefined {
    const d = this.valueDigests.get(tokenId);
    return d ? d.toString('hex') : undefined;
  }

  // ---- buckets and objects ----

  getBucket(accountId: string, jurisdiction: Jurisdiction, name: string): StoredBucket | undefined {
    return this.buckets.get(bucketKey(accountId, jurisdiction, name));
  }

  addBucket(bucket: StoredBucket): void {
    this.buckets.set(bucketKey(bucket.accountId, bucket.jurisdiction, bucket.name), bucket);
  }

  deleteBucket(accountId: string, jurisdiction: Jurisdiction, name: string): boolean {
    return this.buckets.delete(bucketKey(accountId, jurisdiction, name));
  }

  listBuckets(accountId?: string, jurisdiction?: Jurisdiction): StoredBucket[] {
    return [...this.buckets.values()]
      .filter((b) => (accountId === undefined || b.accountId === accountId) && (jurisdiction === undefined || b.jurisdiction === jurisdiction))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Test helper: put an object directly (bypasses auth), e.g. to store data for read-only tokens. */
  putObject(accountId: string, jurisdiction: Jurisdiction, bucket: string, key: string, body: string | Buffer, contentType = 'application/octet-stream'): StoredObject {
    const b = this.getBucket(accountId, jurisdiction, bucket);
    if (!b) throw new Error(`fake-cloudflare: no bucket ${bucketKey(accountId, jurisdiction, bucket)}`);
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(body);
    const obj: StoredObject = {
      key,
      body: buf,
      etag: `"${createHash('md5').update(buf).digest('hex')}"`,
      contentType,
      lastModified: new Date(),
      metadata: {},
    };
    b.objects.set(key, obj);
    return obj;
  }

  getObject(accountId: string, jurisdiction: Jurisdiction, bucket: string, key: string): StoredObject | undefined {
    return this.getBucket(accountId, jurisdiction, bucket)?.objects.get(key);
  }

  /** Counts, for quick assertions (e.g. "nothing left after destroy"). */
  summary(): { accountTokens: number; userTokens: number; buckets: number; objects: number } {
    let objects = 0;
    for (const b of this.buckets.values()) objects += b.objects.size;
    return { accountTokens: this.accountTokens().length, userTokens: this.userTokens().length, buckets: this.buckets.size, objects };
  }
}
