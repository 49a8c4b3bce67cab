import { apiError, ok } from '../envelope';
import { requireAccount } from './accounts';
import { ApiContext, ApiRequest, Route, queryValue } from './context';
import { R2_BUCKETS_READ, R2_BUCKETS_WRITE } from '../policy/api-access';
import { StoredBucket, Jurisdiction, JURISDICTIONS } from '../types';

const BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;

/** The `cf-r2-jurisdiction` header picks the namespace; absent means "default". */
function jurisdictionOf(req: ApiRequest): Jurisdiction {
  const raw = req.headers['cf-r2-jurisdiction'];
  const v = (Array.isArray(raw) ? raw[0] : raw)?.trim().toLowerCase() || 'default';
  if (!(JURISDICTIONS as readonly string[]).includes(v)) {
    throw apiError(400, 10023, `Invalid jurisdiction '${v}'; expected one of ${JURISDICTIONS.join(', ')}`);
  }
  return v as Jurisdiction;
}

export function renderBucket(b: StoredBucket): Record<string, unknown> {
  return { name: b.name, creation_date: b.creation_date, location: b.location, storage_class: b.storage_class, jurisdiction: b.jurisdiction };
}

function noSuchBucket(): never {
  throw apiError(404, 10006, 'The specified bucket does not exist.');
}

function findBucket(ctx: ApiContext, req: ApiRequest): StoredBucket {
  requireAccount(ctx, req.params.account_id, req.path);
  const b = ctx.state.getBucket(req.params.account_id, jurisdictionOf(req), req.params.bucket_name);
  if (!b) noSuchBucket();
  return b;
}

function create(ctx: ApiContext, req: ApiRequest) {
  requireAccount(ctx, req.params.account_id, req.path);
  const jurisdiction = jurisdictionOf(req);
  const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
  const name = body.name;
  if (typeof name !== 'string' || !BUCKET_NAME.test(name)) {
    throw apiError(400, 10005, 'The specified bucket name is not valid.');
  }
  if (ctx.state.getBucket(req.params.account_id, jurisdiction, name)) {
    throw apiError(409, 10004, 'The bucket you tried to create already exists, and you own it.');
  }
  const storageClass = typeof body.storageClass === 'string' ? body.storageClass : 'Standard';
  if (storageClass !== 'Standard' && storageClass !== 'InfrequentAccess') throw apiError(400, 10040, `Invalid storage class '${storageClass}'`);
  // The location hint is echoed as sent so a configured `location` reads back unchanged; without one R2 picks a region.
  const location = typeof body.locationHint === 'string' && body.locationHint !== '' ? body.locationHint : 'ENAM';
  const bucket: StoredBucket = {
    accountId: req.params.account_id,
    jurisdiction,
    name,
    creation_date: ctx.now().toISOString(),
    location,
    storage_class: storageClass,
    objects: new Map(),
  };
  ctx.state.addBucket(bucket);
  return ok(renderBucket(bucket));
}

function list(ctx: ApiContext, req: ApiRequest) {
  requireAccount(ctx, req.params.account_id, req.path);
  let buckets = ctx.state.listBuckets(req.params.account_id, jurisdictionOf(req));
  const contains = queryValue(req, 'name_contains');
  if (contains) buckets = buckets.filter((b) => b.name.includes(contains));
  const startAfter = queryValue(req, 'start_after') ?? queryValue(req, 'cursor');
  if (startAfter) buckets = buckets.filter((b) => b.name > startAfter);
  if (queryValue(req, 'direction') === 'desc') buckets.reverse();
  const perPage = Math.min(Math.max(Number(queryValue(req, 'per_page') ?? 20) || 20, 1), 1000);
  const page = buckets.slice(0, perPage);
  const cursor = buckets.length > perPage ? page[page.length - 1].name : '';
  return ok({ buckets: page.map(renderBucket) }, { resultInfo: { cursor, per_page: perPage } });
}

function remove(ctx: ApiContext, req: ApiRequest) {
  const b = findBucket(ctx, req);
  if (b.objects.size > 0) throw apiError(409, 10008, 'The bucket you tried to delete is not empty.');
  ctx.state.deleteBucket(b.accountId, b.jurisdiction, b.name);
  return ok({});
}

/** PATCH: only the default storage class can change (header `cf-r2-storage-class`). */
function edit(ctx: ApiContext, req: ApiRequest) {
  const b = findBucket(ctx, req);
  const raw = req.headers['cf-r2-storage-class'];
  const sc = Array.isArray(raw) ? raw[0] : raw;
  if (sc) {
    if (sc !== 'Standard' && sc !== 'InfrequentAccess') throw apiError(400, 10040, `Invalid storage class '${sc}'`);
    b.storage_class = sc;
  }
  return ok(renderBucket(b));
}

export function r2BucketRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/accounts/:account_id/r2/buckets', handler: list, access: R2_BUCKETS_READ },
    { method: 'POST', pattern: '/accounts/:account_id/r2/buckets', handler: create, access: R2_BUCKETS_WRITE },
    { method: 'GET', pattern: '/accounts/:account_id/r2/buckets/:bucket_name', handler: (ctx, req) => ok(renderBucket(findBucket(ctx, req))), access: R2_BUCKETS_READ },
    { method: 'PATCH', pattern: '/accounts/:account_id/r2/buckets/:bucket_name', handler: edit, access: R2_BUCKETS_WRITE },
    { method: 'DELETE', pattern: '/accounts/:account_id/r2/buckets/:bucket_name', handler: remove, access: R2_BUCKETS_WRITE },
  ];
}
