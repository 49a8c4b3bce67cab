import { createHash, randomBytes } from 'node:crypto';

const TOKEN_VALUE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** 32 lowercase hex chars, the form of Cloudflare token, policy and account ids. */
export function newId(): string {
  return randomBytes(16).toString('hex');
}

/** 40 chars of [A-Za-z0-9_-], the form of a Cloudflare API token value (the provider requires it). */
export function newTokenValue(): string {
  const bytes = randomBytes(40);
  let out = '';
  for (const b of bytes) out += TOKEN_VALUE_ALPHABET[b % TOKEN_VALUE_ALPHABET.length];
  return out;
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** R2 S3 credentials of a token: Access Key ID = token id, Secret Access Key = sha256 hex of the value. */
export function r2CredentialsFor(token: { id: string; value: string }): { accessKeyId: string; secretAccessKey: string } {
  return { accessKeyId: token.id, secretAccessKey: sha256Hex(token.value) };
}

/** RFC 3339 without milliseconds, as Cloudflare returns token timestamps. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const HEX32 = /^[0-9a-f]{32}$/;
