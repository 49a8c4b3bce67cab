import { createHash } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';
import { R2Action } from '../policy/evaluate';
import { FakeState } from '../state';
import { Jurisdiction, StoredBucket, StoredObject } from '../types';
import { s3Errors } from './errors';
import { document, element, unescapeXml } from './xml';

export interface S3Response {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: string | Buffer;
}

export interface OperationInput {
  readonly state: FakeState;
  readonly accountId: string;
  readonly jurisdiction: Jurisdiction;
  readonly bucket?: string;
  readonly key?: string;
  readonly query: ReadonlyArray<[string, string]>;
  readonly headers: IncomingHttpHeaders;
  /** Decoded object bytes (PUT) or XML (POST ?delete). */
  readonly payload: () => Buffer;
  readonly now: Date;
}

export interface Operation {
  readonly name: string;
  readonly action: R2Action;
  /** Account-level (bucket management) operations are checked against the account's R2 storage, not one bucket. */
  readonly accountLevel: boolean;
  readonly run: (input: OperationInput) => S3Response;
}

const XML = { 'content-type': 'application/xml' };
const BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

function q(input: { query: ReadonlyArray<[string, string]> }, k: string): string | undefined {
  return input.query.find(([name]) => name === k)?.[1];
}

function has(query: ReadonlyArray<[string, string]>, k: string): boolean {
  return query.some(([name]) => name === k);
}

function bucketOf(input: OperationInput): StoredBucket {
  const b = input.state.getBucket(input.accountId, input.jurisdiction, input.bucket!);
  if (!b) throw s3Errors.noSuchBucket();
  return b;
}

function objectHeaders(o: StoredObject): Record<string, string> {
  const h: Record<string, string> = {
    'content-type': o.contentType,
    'content-length': String(o.body.length),
    'etag': o.etag,
    'last-modified': o.lastModified.toUTCString(),
    'accept-ranges': 'bytes',
  };
  for (const [k, v] of Object.entries(o.metadata)) h[`x-amz-meta-${k}`] = v;
  return h;
}

function getObject(input: OperationInput, head: boolean): S3Response {
  const o = bucketOf(input).objects.get(input.key!);
  if (!o) throw s3Errors.noSuchKey();
  return { status: 200, headers: objectHeaders(o), body: head ? undefined : o.body };
}

function putObject(input: OperationInput): S3Response {
  const b = bucketOf(input);
  const body = input.payload();
  const metadata: Record<string, string> = {};
  for (const [k, v] of Object.entries(input.headers)) {
    if (k.startsWith('x-amz-meta-') && typeof v === 'string') metadata[k.slice('x-amz-meta-'.length)] = v;
  }
  const ct = input.headers['content-type'];
  const obj: StoredObject = {
    key: input.key!,
    body,
    etag: `"${createHash('md5').update(body).digest('hex')}"`,
    contentType: typeof ct === 'string' && ct !== '' ? ct : 'application/octet-stream',
    lastModified: input.now,
    metadata,
  };
  b.objects.set(obj.key, obj);
  return { status: 200, headers: { etag: obj.etag } };
}

function deleteObject(input: OperationInput): S3Response {
  bucketOf(input).objects.delete(input.key!);
  return { status: 204, headers: {} };
}

function deleteObjects(input: OperationInput): S3Response {
  const b = bucketOf(input);
  const xml = input.payload().toString('utf8');
  if (!/<Delete[\s>]/.test(xml)) throw s3Errors.malformedXml();
  const keys = [...xml.matchAll(/<Key>([\s\S]*?)<\/Key>/g)].map((m) => unescapeXml(m[1]));
  if (keys.length > 1000) throw s3Errors.malformedXml();
  const quiet = /<Quiet>\s*true\s*<\/Quiet>/i.test(xml);
  for (const k of keys) b.objects.delete(k);
  const inner = quiet ? '' : keys.map((k) => `<Deleted>${element('Key', k)}</Deleted>`).join('');
  return { status: 200, headers: XML, body: document('DeleteResult', inner) };
}

function listObjectsV2(input: OperationInput): S3Response {
  const b = bucketOf(input);
  const prefix = q(input, 'prefix') ?? '';
  const delimiter = q(input, 'delimiter') || undefined;
  const maxKeysText = q(input, 'max-keys');
  const maxKeys = maxKeysText === undefined ? 1000 : Math.min(Number(maxKeysText), 1000);
  if (!Number.isInteger(maxKeys) || maxKeys < 0) throw s3Errors.invalidArgument('max-keys must be a non-negative integer');
  const token = q(input, 'continuation-token');
  const startAfter = q(input, 'start-after');
  const urlEncode = q(input, 'encoding-type') === 'url';
  const enc = (s: string) => (urlEncode ? encodeURIComponent(s).replace(/%2F/g, '/') : s);
  let marker = startAfter;
  /** A continuation token that ends at a common prefix skips every key under it. */
  let skipUnder: string | undefined;
  if (token !== undefined) {
    marker = Buffer.from(token, 'base64').toString('utf8');
    if (marker === '') throw s3Errors.invalidArgument('The continuation token provided is incorrect');
    if (delimiter && marker.endsWith(delimiter)) skipUnder = marker;
  }

  const keys = [...b.objects.keys()].filter((k) => k.startsWith(prefix)).sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
  const contents: StoredObject[] = [];
  const prefixes: string[] = [];
  let last: string | undefined;
  let truncated = false;
  for (const k of keys) {
    if (marker !== undefined && k <= marker) continue;
    if (skipUnder !== undefined && k.startsWith(skipUnder)) continue;
    const idx = delimiter ? k.indexOf(delimiter, prefix.length) : -1;
    const common = idx >= 0 ? k.slice(0, idx + delimiter!.length) : undefined;
    if (common !== undefined && prefixes[prefixes.length - 1] === common) continue;
    if (contents.length + prefixes.length >= maxKeys) {
      truncated = true;
      break;
    }
    if (common !== undefined) {
      prefixes.push(common);
      last = common;
    } else {
      contents.push(b.objects.get(k)!);
      last = k;
    }
  }
  const inner = [
    element('Name', b.name),
    ...contents.map((o) => `<Contents>${element('Key', enc(o.key))}${element('LastModified', o.lastModified.toISOString())}${element('ETag', o.etag)}`
      + `${element('Size', o.body.length)}${element('StorageClass', 'STANDARD')}</Contents>`),
    ...prefixes.map((p) => `<CommonPrefixes>${element('Prefix', enc(p))}</CommonPrefixes>`),
    element('IsTruncated', truncated),
    element('MaxKeys', maxKeys),
    element('Prefix', enc(prefix)),
    element('KeyCount', contents.length + prefixes.length),
    delimiter ? element('Delimiter', enc(delimiter)) : '',
    urlEncode ? element('EncodingType', 'url') : '',
    token !== undefined ? element('ContinuationToken', token) : '',
    startAfter !== undefined ? element('StartAfter', enc(startAfter)) : '',
    truncated && last !== undefined ? element('NextContinuationToken', Buffer.from(last).toString('base64')) : '',
  ].join('');
  return { status: 200, headers: XML, body: document('ListBucketResult', inner) };
}

function listBuckets(input: OperationInput): S3Response {
  const buckets = input.state.listBuckets(input.accountId, input.jurisdiction);
  const inner = `<Buckets>${buckets.map((b) => `<Bucket>${element('Name', b.name)}${element('CreationDate', b.creation_date)}</Bucket>`).join('')}</Buckets>`
    + `<Owner>${element('ID', input.accountId)}${element('DisplayName', input.accountId)}</Owner>`;
  return { status: 200, headers: XML, body: document('ListAllMyBucketsResult', inner) };
}

function createBucket(input: OperationInput): S3Response {
  const name = input.bucket!;
  if (!BUCKET_NAME.test(name)) throw s3Errors.invalidBucketName();
  if (input.state.getBucket(input.accountId, input.jurisdiction, name)) throw s3Errors.bucketAlreadyExists();
  input.state.addBucket({
    accountId: input.accountId,
    jurisdiction: input.jurisdiction,
    name,
    creation_date: input.now.toISOString(),
    location: 'ENAM',
    storage_class: 'Standard',
    objects: new Map(),
  });
  return { status: 200, headers: { location: `/${name}` } };
}

function headBucket(input: OperationInput): S3Response {
  bucketOf(input);
  return { status: 200, headers: {} };
}

function deleteBucket(input: OperationInput): S3Response {
  const b = bucketOf(input);
  if (b.objects.size > 0) throw s3Errors.bucketNotEmpty();
  input.state.deleteBucket(b.accountId, b.jurisdiction, b.name);
  return { status: 204, headers: {} };
}

function op(name: string, action: R2Action, run: (i: OperationInput) => S3Response, accountLevel = false): Operation {
  return { name, action, accountLevel, run };
}

/** Picks the S3 operation for a request, or throws NotImplemented / MethodNotAllowed. */
export function resolveOperation(method: string, bucket: string | undefined, key: string | undefined, query: ReadonlyArray<[string, string]>,
  headers: IncomingHttpHeaders): Operation {
  if (bucket === undefined) {
    if (method === 'GET') return op('ListBuckets', 'read', listBuckets, true);
    throw s3Errors.methodNotAllowed();
  }
  if (key === undefined) {
    const sub = ['uploads', 'versions', 'policy', 'cors', 'lifecycle', 'location', 'acl', 'tagging', 'encryption'].find((s) => has(query, s));
    if (method === 'POST' && has(query, 'delete')) return op('DeleteObjects', 'write', deleteObjects);
    if (sub) throw s3Errors.notImplemented(`Bucket sub-resource ?${sub}`);
    switch (method) {
      case 'GET':
        if (q({ query }, 'list-type') === '2') return op('ListObjectsV2', 'read', listObjectsV2);
        throw s3Errors.notImplemented('ListObjects (v1)');
      case 'HEAD': return op('HeadBucket', 'read', headBucket);
      case 'PUT': return op('CreateBucket', 'write', createBucket, true);
      case 'DELETE': return op('DeleteBucket', 'write', deleteBucket, true);
      default: throw s3Errors.methodNotAllowed();
    }
  }
  if (has(query, 'uploads') || has(query, 'uploadId')) throw s3Errors.notImplemented('Multipart upload');
  switch (method) {
    case 'GET':
      if (headers.range !== undefined) throw s3Errors.notImplemented('Range requests');
      return op('GetObject', 'read', (i) => getObject(i, false));
    case 'HEAD': return op('HeadObject', 'read', (i) => getObject(i, true));
    case 'PUT':
      if (headers['x-amz-copy-source'] !== undefined) throw s3Errors.notImplemented('CopyObject');
      return op('PutObject', 'write', putObject);
    case 'DELETE': return op('DeleteObject', 'write', deleteObject);
    default: throw s3Errors.methodNotAllowed();
  }
}
