import { timingSafeEqual } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { S3Error, s3Errors } from './errors';

/** R2's region is `auto`; `us-east-1` (and an empty region) alias to it. */
const ACCEPTED_REGIONS = ['auto', 'us-east-1', ''];
const MAX_SKEW_MS = 15 * 60 * 1000;
const MAX_PRESIGN_EXPIRES = 604800;
const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

export interface SigV4Request {
  readonly method: string;
  /** Raw (still percent-encoded) path, as on the wire: S3 signs it without re-encoding. */
  readonly rawPath: string;
  /** Decoded query pairs, in order. */
  readonly query: ReadonlyArray<[string, string]>;
  readonly headers: IncomingHttpHeaders;
  /** Raw body, used for the payload hash only when no x-amz-content-sha256 header was sent. */
  readonly body: Buffer;
}

export interface VerifiedSigV4 {
  readonly accessKeyId: string;
  readonly mode: 'header' | 'presigned';
  /** The payload hash the client declared (x-amz-content-sha256), if any. */
  readonly declaredPayloadHash?: string;
}

interface Credential {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly service: string;
}

function parseCredential(raw: string, fail: (m: string) => S3Error): Credential {
  const parts = raw.split('/');
  if (parts.length !== 5 || parts[4] !== 'aws4_request') throw fail(`the Credential '${raw.split('/').slice(1).join('/')}' is not of the form <key>/<date>/<region>/<service>/aws4_request`);
  const [accessKeyId, date, region, service] = parts;
  if (!ACCEPTED_REGIONS.includes(region)) throw fail(`the region '${region}' is wrong; expecting 'auto'`);
  if (service !== 's3') throw fail(`the service '${service}' is wrong; expecting 's3'`);
  if (!/^\d{8}$/.test(date)) throw fail(`the credential date '${date}' is not of the form YYYYMMDD`);
  return { accessKeyId, date, region, service };
}

function parseAmzDate(v: string | undefined, fail: (m: string) => S3Error): Date {
  const m = v ? AMZ_DATE.exec(v) : null;
  if (!m) throw fail(`X-Amz-Date '${v ?? ''}' is not of the form YYYYMMDDTHHMMSSZ`);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}

function queryRecord(pairs: ReadonlyArray<[string, string]>, omit: (k: string) => boolean): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of pairs) {
    if (omit(k)) continue;
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

function signedHeadersOf(list: string, headers: IncomingHttpHeaders, fail: (m: string) => S3Error): Record<string, string> {
  const names = list.split(';').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  if (!names.includes('host')) throw fail('SignedHeaders must include host');
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = headerValue(headers, n);
    // A signed header missing from the request cannot match what the client signed.
    if (v === undefined) throw s3Errors.signatureDoesNotMatch();
    out[n] = v;
  }
  return out;
}

function sameSignature(expected: string | undefined, given: string): boolean {
  if (!expected || expected.length !== given.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}

function signer(cred: Credential, secretAccessKey: string): SignatureV4 {
  return new SignatureV4({
    credentials: { accessKeyId: cred.accessKeyId, secretAccessKey },
    region: cred.region,
    service: 's3',
    sha256: Sha256,
    uriEscapePath: false,
    applyChecksum: false,
  });
}

function hostParts(host: string): { hostname: string; port?: number } {
  const m = /^(.*?)(?::(\d+))?$/.exec(host);
  return { hostname: m?.[1] ?? host, port: m?.[2] ? Number(m[2]) : undefined };
}

/**
 * Verifies AWS SigV4, header form (`Authorization: AWS4-HMAC-SHA256 ...`) or presigned query form, by
 * re-signing a request rebuilt from exactly the signed headers with @smithy/signature-v4 and comparing
 * signatures in constant time. `secretFor(accessKeyId)` returns the secret or undefined (unknown key).
 */
export async function verifySigV4(req: SigV4Request, secretFor: (accessKeyId: string) => string | undefined, now: Date): Promise<VerifiedSigV4> {
  const auth = headerValue(req.headers, 'authorization');
  const isPresigned = req.query.some(([k]) => k === 'X-Amz-Signature');
  if (auth !== undefined && isPresigned) throw s3Errors.invalidArgument('Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the Authorization header should be specified');
  if (auth !== undefined) return verifyHeaderForm(req, auth, secretFor, now);
  if (isPresigned) return verifyPresigned(req, secretFor, now);
  throw s3Errors.missingSecurityHeader();
}

async function verifyHeaderForm(req: SigV4Request, auth: string, secretFor: (id: string) => string | undefined, now: Date): Promise<VerifiedSigV4> {
  const fail = (m: string) => s3Errors.authorizationHeaderMalformed(m);
  const m = /^AWS4-HMAC-SHA256 (.+)$/.exec(auth.trim());
  if (!m) throw fail('only AWS4-HMAC-SHA256 is supported');
  const fields: Record<string, string> = {};
  for (const part of m[1].split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  if (!fields.Credential || !fields.SignedHeaders || !fields.Signature) throw fail('Credential, SignedHeaders and Signature are required');
  const cred = parseCredential(fields.Credential, fail);
  const secret = secretFor(cred.accessKeyId);
  if (secret === undefined) throw s3Errors.invalidAccessKeyId();

  const amzDate = headerValue(req.headers, 'x-amz-date');
  const signingDate = parseAmzDate(amzDate, (msg) => s3Errors.accessDenied(msg));
  if (amzDate!.slice(0, 8) !== cred.date) throw fail(`the credential date '${cred.date}' does not match X-Amz-Date`);
  if (Math.abs(now.getTime() - signingDate.getTime()) > MAX_SKEW_MS) throw s3Errors.requestTimeTooSkewed();

  const headers = signedHeadersOf(fields.SignedHeaders, req.headers, fail);
  const declared = headerValue(req.headers, 'x-amz-content-sha256');
  const { hostname, port } = hostParts(headers.host);
  const toSign = new HttpRequest({
    method: req.method,
    protocol: 'http:',
    hostname,
    port,
    path: req.rawPath,
    query: queryRecord(req.query, () => false),
    // A declared but unsigned payload hash still sets the canonical request's payload line.
    headers: declared !== undefined && headers['x-amz-content-sha256'] === undefined ? { ...headers, 'x-amz-content-sha256': declared } : headers,
    // Only needed to hash the payload when the client did not declare x-amz-content-sha256.
    body: declared === undefined ? req.body : undefined,
  });
  const signedSet = new Set(Object.keys(headers));
  const signed = await signer(cred, secret).sign(toSign, {
    signingDate,
    signableHeaders: signedSet,
    unsignableHeaders: signedSet.has('x-amz-content-sha256') ? undefined : new Set(['x-amz-content-sha256']),
  }) as HttpRequest;
  const computed = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization ?? signed.headers.Authorization ?? ''))?.[1];
  if (!sameSignature(computed, fields.Signature)) throw s3Errors.signatureDoesNotMatch();
  return { accessKeyId: cred.accessKeyId, mode: 'header', declaredPayloadHash: declared };
}

async function verifyPresigned(req: SigV4Request, secretFor: (id: string) => string | undefined, now: Date): Promise<VerifiedSigV4> {
  const fail = (m: string) => s3Errors.authorizationQueryParametersError(m);
  const q = (k: string) => req.query.find(([name]) => name === k)?.[1];
  if (q('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') throw fail('X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"');
  const credential = q('X-Amz-Credential');
  const signedHeaders = q('X-Amz-SignedHeaders');
  const signature = q('X-Amz-Signature') ?? '';
  const expiresText = q('X-Amz-Expires');
  if (!credential || !signedHeaders || !expiresText) {
    throw fail('Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.');
  }
  const cred = parseCredential(credential, fail);
  const secret = secretFor(cred.accessKeyId);
  if (secret === undefined) throw s3Errors.invalidAccessKeyId();
  const amzDate = q('X-Amz-Date');
  const signingDate = parseAmzDate(amzDate, fail);
  if (amzDate!.slice(0, 8) !== cred.date) throw fail(`the credential date '${cred.date}' does not match X-Amz-Date`);
  if (!/^\d+$/.test(expiresText) || Number(expiresText) < 1 || Number(expiresText) > MAX_PRESIGN_EXPIRES) {
    throw fail(`X-Amz-Expires must be between 1 and ${MAX_PRESIGN_EXPIRES} seconds`);
  }
  const expiresIn = Number(expiresText);
  if (signingDate.getTime() - now.getTime() > MAX_SKEW_MS) throw s3Errors.requestTimeTooSkewed();
  if (now.getTime() > signingDate.getTime() + expiresIn * 1000) throw s3Errors.expiredRequest();

  const headers = signedHeadersOf(signedHeaders, req.headers, fail);
  // Presigned S3 URLs sign the payload as UNSIGNED-PAYLOAD (the SDK also puts it in X-Amz-Content-Sha256).
  const payloadHash = q('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD';
  const { hostname, port } = hostParts(headers.host);
  const toSign = new HttpRequest({
    method: req.method,
    protocol: 'http:',
    hostname,
    port,
    path: req.rawPath,
    query: queryRecord(req.query, (k) => k === 'X-Amz-Signature'),
    headers: { ...headers, 'x-amz-content-sha256': payloadHash },
  });
  const signedSet = new Set(Object.keys(headers));
  const presigned = await signer(cred, secret).presign(toSign, {
    signingDate,
    expiresIn,
    signableHeaders: signedSet,
    unsignableHeaders: signedSet.has('x-amz-content-sha256') ? undefined : new Set(['x-amz-content-sha256']),
    unhoistableHeaders: new Set([...signedSet, 'x-amz-content-sha256']),
  });
  const computed = presigned.query?.['X-Amz-Signature'];
  if (!sameSignature(typeof computed === 'string' ? computed : undefined, signature)) throw s3Errors.signatureDoesNotMatch();
  return { accessKeyId: cred.accessKeyId, mode: 'presigned' };
}
