import { createHash } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';
import { crc32 } from 'node:zlib';
import { decodeAwsChunked } from './aws-chunked';
import { S3Error, s3Errors } from './errors';

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function crc32Base64(data: Buffer): string {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(crc32(data), 0);
  return b.toString('base64');
}

const CHECKSUMS: Record<string, { name: string; compute: (d: Buffer) => string }> = {
  'x-amz-checksum-crc32': { name: 'CRC32', compute: crc32Base64 },
  'x-amz-checksum-sha1': { name: 'SHA1', compute: (d) => createHash('sha1').update(d).digest('base64') },
  'x-amz-checksum-sha256': { name: 'SHA256', compute: (d) => createHash('sha256').update(d).digest('base64') },
};

/**
 * The object bytes of a request body: decodes aws-chunked (STREAMING-* payload hashes), checks a
 * declared hex payload hash against the bytes, and checks CRC32/SHA1/SHA256 checksums sent as
 * headers or trailers (CRC32C/CRC64NVME are accepted unchecked).
 */
export function payloadOf(headers: IncomingHttpHeaders, raw: Buffer, declaredHash: string | undefined): Buffer {
  let data = raw;
  let trailers: Readonly<Record<string, string>> = {};
  if (declaredHash?.startsWith('STREAMING-')) {
    ({ data, trailers } = decodeAwsChunked(raw));
    const decodedLength = header(headers, 'x-amz-decoded-content-length');
    if (decodedLength !== undefined && Number(decodedLength) !== data.length) throw s3Errors.incompleteBody();
  } else if (declaredHash !== undefined && /^[0-9a-f]{64}$/.test(declaredHash)) {
    if (createHash('sha256').update(raw).digest('hex') !== declaredHash) throw s3Errors.contentSha256Mismatch();
  }
  const contentMd5 = header(headers, 'content-md5');
  if (contentMd5 !== undefined && createHash('md5').update(data).digest('base64') !== contentMd5) {
    throw new S3Error(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');
  }
  for (const [name, { name: alg, compute }] of Object.entries(CHECKSUMS)) {
    const expected = header(headers, name) ?? trailers[name];
    if (expected !== undefined && compute(data) !== expected) throw s3Errors.badDigest(alg);
  }
  return data;
}
