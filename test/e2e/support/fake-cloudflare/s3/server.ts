import { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, parseRawQuery, peerAddress, readBody, safeDecode, send, splitUrl } from '../http-util';
import { HEX32, isoSeconds } from '../ids';
import { evaluateR2Access } from '../policy/evaluate';
import { FakeState } from '../state';
import { Jurisdiction, JURISDICTIONS, RequestLogEntry } from '../types';
import { S3Error, s3Errors } from './errors';
import { Operation, S3Response, resolveOperation } from './operations';
import { payloadOf } from './payload';
import { verifySigV4 } from './sigv4';
import { errorXml } from './xml';

export interface S3ServerOptions {
  readonly state: FakeState;
  readonly now: () => Date;
  readonly maxObjectBytes: number;
  readonly log: (entry: RequestLogEntry) => void;
}

interface Parsed {
  readonly accountId: string;
  readonly jurisdiction: Jurisdiction;
  readonly bucket?: string;
  readonly key?: string;
}

/**
 * The endpoint of one account + jurisdiction is the path prefix `/<account_id>/<jurisdiction>`; below it,
 * requests are path-style S3: `/<bucket>` and `/<bucket>/<key>` (the AWS SDK keeps an endpoint's base path
 * in both signed and presigned requests).
 */
function parsePath(rawPath: string): Parsed {
  const m = /^\/([^/]*)\/([^/]*)(?:\/([^/]*)(?:\/(.*))?)?$/s.exec(rawPath);
  const accountId = m?.[1] ?? '';
  const jurisdiction = m?.[2] ?? '';
  if (!HEX32.test(accountId) || !(JURISDICTIONS as readonly string[]).includes(jurisdiction)) {
    throw s3Errors.invalidUri('Fake R2 paths start with /<account_id>/<jurisdiction> (jurisdiction: default, eu or fedramp); use fake.s3Endpoint().');
  }
  const bucket = m?.[3] ? safeDecode(m[3]) : undefined;
  const key = m?.[4] ? safeDecode(m[4]) : undefined;
  return { accountId, jurisdiction: jurisdiction as Jurisdiction, bucket, key };
}

interface Outcome {
  readonly response: S3Response;
  readonly operation?: string;
  readonly accessKeyId?: string;
  readonly auth?: 'header' | 'presigned';
}

async function handle(opts: S3ServerOptions, req: IncomingMessage, onProgress: (o: Partial<Outcome>) => void): Promise<Outcome> {
  const method = (req.method ?? 'GET').toUpperCase();
  const { path: rawPath, rawQuery } = splitUrl(req.url ?? '/');
  const target = parsePath(rawPath);
  const query = parseRawQuery(rawQuery);
  const operation: Operation = resolveOperation(method, target.bucket, target.key, query, req.headers);
  onProgress({ operation: operation.name });

  let body: Buffer;
  try {
    body = await readBody(req, opts.maxObjectBytes);
  } catch (e) {
    if (e instanceof BodyTooLargeError) throw s3Errors.entityTooLarge();
    throw e;
  }
  const now = opts.now();
  const verified = await verifySigV4({ method, rawPath, query, headers: req.headers, body }, (id) => opts.state.s3SecretFor(id), now);
  onProgress({ accessKeyId: verified.accessKeyId, auth: verified.mode });
  const token = opts.state.tokens.get(verified.accessKeyId);
  if (!token) throw s3Errors.invalidAccessKeyId();

  const decision = evaluateR2Access(token, {
    target: { accountId: target.accountId, jurisdiction: target.jurisdiction, bucket: operation.accountLevel ? undefined : target.bucket },
    action: operation.action,
    ip: peerAddress(req),
    now,
  });
  if (!decision.allowed) throw s3Errors.accessDenied(decision.reason);
  token.last_used_on = isoSeconds(now);

  const response = operation.run({
    state: opts.state,
    accountId: target.accountId,
    jurisdiction: target.jurisdiction,
    bucket: target.bucket,
    key: target.key,
    query,
    headers: req.headers,
    payload: () => payloadOf(req.headers, body, verified.declaredPayloadHash),
    now,
  });
  return { response, operation: operation.name, accessKeyId: verified.accessKeyId, auth: verified.mode };
}

function errorResponse(e: S3Error): S3Response {
  return { status: e.status, headers: { 'content-type': 'application/xml' }, body: errorXml(e.code, e.message) };
}

/** Request listener for the fake R2 S3 endpoint. */
export function s3RequestListener(opts: S3ServerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const started = new Date();
    const progress: Partial<Outcome> = {};
    handle(opts, req, (o) => Object.assign(progress, o))
      .then(
        (outcome) => ({ ...progress, ...outcome }),
        (e: unknown) => {
          if (e instanceof S3Error) return { ...progress, response: errorResponse(e), errorCode: e.code };
          process.stderr.write(`fake-cloudflare s3: internal error on ${req.method} ${splitUrl(req.url ?? '').path}: ${(e as Error)?.stack ?? e}\n`);
          return { ...progress, response: errorResponse(new S3Error(500, 'InternalError', 'We encountered an internal error. Please try again.')), errorCode: 'InternalError' };
        },
      )
      .then((o: Outcome & { errorCode?: string }) => {
        const isHead = (req.method ?? '').toUpperCase() === 'HEAD';
        const body = isHead ? undefined : o.response.body;
        const headers: Record<string, string> = { ...o.response.headers };
        if (!isHead && headers['content-length'] === undefined) headers['content-length'] = String(body === undefined ? 0 : Buffer.byteLength(body));
        // Drain any unread request body so keep-alive connections stay usable.
        req.resume();
        send(res, o.response.status, headers, body);
        opts.log({
          service: 's3',
          method: (req.method ?? '').toUpperCase(),
          path: splitUrl(req.url ?? '').path,
          status: o.response.status,
          ...(o.operation ? { operation: o.operation } : {}),
          ...(o.errorCode ? { errors: [o.errorCode] } : {}),
          ...(o.accessKeyId ? { accessKeyId: o.accessKeyId } : {}),
          ...(o.auth ? { auth: o.auth } : {}),
          at: started.toISOString(),
        });
      })
      .catch(() => {
        if (!res.headersSent) res.destroy();
      });
  };
}
