import { S3Error, s3Errors } from './errors';

export interface DecodedChunked {
  readonly data: Buffer;
  readonly trailers: Readonly<Record<string, string>>;
}

/**
 * Decodes an `aws-chunked` body: `<hex-size>[;chunk-signature=..]\r\n<data>\r\n ... 0\r\n<trailers>\r\n`.
 * Chunk and trailer signatures (STREAMING-AWS4-HMAC-SHA256-PAYLOAD*) are read but not verified.
 */
export function decodeAwsChunked(buf: Buffer): DecodedChunked {
  const parts: Buffer[] = [];
  const trailers: Record<string, string> = {};
  let pos = 0;
  for (let guard = 0; guard < 1_000_000; guard++) {
    const lineEnd = buf.indexOf('\r\n', pos);
    if (lineEnd === -1) throw malformed();
    const header = buf.subarray(pos, lineEnd).toString('latin1');
    const size = parseInt(header.split(';')[0], 16);
    if (!Number.isFinite(size) || size < 0) throw malformed();
    pos = lineEnd + 2;
    if (size === 0) {
      // Trailer lines until an empty line (or the end).
      while (pos < buf.length) {
        const end = buf.indexOf('\r\n', pos);
        const line = buf.subarray(pos, end === -1 ? buf.length : end).toString('latin1');
        pos = end === -1 ? buf.length : end + 2;
        if (line === '') break;
        const colon = line.indexOf(':');
        if (colon > 0) trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      return { data: Buffer.concat(parts), trailers };
    }
    if (pos + size > buf.length) throw s3Errors.incompleteBody();
    parts.push(buf.subarray(pos, pos + size));
    pos += size;
    if (buf.subarray(pos, pos + 2).toString('latin1') !== '\r\n') throw malformed();
    pos += 2;
  }
  throw malformed();
}

function malformed(): S3Error {
  return new S3Error(400, 'InvalidRequest', 'Malformed aws-chunked request body.');
}
