import { ServerResponse } from 'node:http';
import { send } from './http-util';

/** Cloudflare v4 error entry. */
export interface CfError {
  readonly code: number;
  readonly message: string;
  readonly error_chain?: readonly CfError[];
}

export interface ResultInfo {
  readonly [key: string]: unknown;
}

/** An API failure to be rendered as a v4 envelope. Thrown by route handlers. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly errors: readonly CfError[]) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; '));
  }
}

export function apiError(status: number, code: number, message: string): ApiError {
  return new ApiError(status, [{ code, message }]);
}

export interface ApiResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export function ok(result: unknown, extras: { resultInfo?: ResultInfo; messages?: unknown[]; status?: number } = {}): ApiResponse {
  const body: Record<string, unknown> = {
    success: true,
    errors: [],
    messages: extras.messages ?? [],
    result,
  };
  if (extras.resultInfo) body.result_info = extras.resultInfo;
  return { status: extras.status ?? 200, body };
}

export function failure(err: ApiError): ApiResponse {
  return { status: err.status, body: { success: false, errors: err.errors, messages: [], result: null } };
}

export function sendApi(res: ServerResponse, r: ApiResponse): void {
  send(res, r.status, { 'content-type': 'application/json' }, JSON.stringify(r.body));
}
