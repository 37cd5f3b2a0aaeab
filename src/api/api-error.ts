/**
 * Errors of the HTTP API. Every error body is `{"error":{"code","message"}}` with a stable code and
 * a fixed HTTP status. The library's own codes (CribaError) map onto statuses here too, so a code
 * means the same thing on the command line and over HTTP. docs/api.md documents every code; a test
 * fails when one is missing there.
 */
import { isCribaError, type ErrorCode } from '../errors.js';

/** Codes that only the HTTP layer raises. */
export type HttpOnlyErrorCode =
  | 'E_VALIDATION' // the request does not match the endpoint's schema
  | 'E_UNAUTHORIZED' // API keys are on and the request has no valid key
  | 'E_FORBIDDEN' // the key is valid but may not call this endpoint (admin)
  | 'E_ROUTE_NOT_FOUND' // no such endpoint
  | 'E_BODY_TOO_LARGE' // the body is past the body limit
  | 'E_UNSUPPORTED_MEDIA_TYPE' // a Content-Type the endpoint does not read
  | 'E_RATE_LIMITED' // the key (or address) sent too many requests
  | 'E_UPDATE_RUNNING' // an update is already running
  | 'E_NOT_IMPLEMENTED' // the library part behind this endpoint is not built yet
  | 'E_INTERNAL'; // a bug: the message says nothing more, the log has the stack

export type ApiErrorCode = ErrorCode | HttpOnlyErrorCode;

/** Status of every code. `Record<ErrorCode, …>` makes the compiler flag a new library code. */
const LIBRARY_STATUS: Record<ErrorCode, number> = {
  E_PARSE: 422,
  E_FORMAT: 422,
  E_EMPTY: 422,
  E_ENCODING: 422,
  E_TOO_LARGE: 413,
  E_DOWNLOAD: 502,
  E_SUSPICIOUS: 422,
  E_NO_SNAPSHOT: 503,
  E_NOT_FOUND: 404,
  E_INPUT: 400,
};

const HTTP_STATUS: Record<HttpOnlyErrorCode, number> = {
  E_VALIDATION: 400,
  E_UNAUTHORIZED: 401,
  E_FORBIDDEN: 403,
  E_ROUTE_NOT_FOUND: 404,
  E_BODY_TOO_LARGE: 413,
  E_UNSUPPORTED_MEDIA_TYPE: 415,
  E_RATE_LIMITED: 429,
  E_UPDATE_RUNNING: 409,
  E_NOT_IMPLEMENTED: 501,
  E_INTERNAL: 500,
};

export const API_ERROR_STATUS: Readonly<Record<ApiErrorCode, number>> = Object.freeze({ ...LIBRARY_STATUS, ...HTTP_STATUS });

export const API_ERROR_CODES = Object.keys(API_ERROR_STATUS) as ApiErrorCode[];

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = API_ERROR_STATUS[code];
  }
}

export interface ErrorBody {
  error: { code: ApiErrorCode; message: string };
}

/** The message for the state where no list is loaded: the same words in logs, JSON and pages. */
export const NO_LISTS_HOW =
  'Load lists with `criba update --from DIR` (official files on disk) or `criba update` (download), then ' +
  'POST /admin/update or restart the server.';

export const NO_LISTS_MESSAGE = `No sanctions lists are loaded, so nothing can be screened. ${NO_LISTS_HOW}`;

export function noListsError(): ApiError {
  return new ApiError('E_NO_SNAPSHOT', NO_LISTS_MESSAGE);
}

export function notImplemented(what: string): ApiError {
  return new ApiError('E_NOT_IMPLEMENTED', `${what} is not available in this build yet.`);
}

/** Any thrown value → a status and a body. Unknown errors become E_INTERNAL without details. */
export function toErrorResponse(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof ApiError) return { status: err.status, body: { error: { code: err.code, message: err.message } } };
  if (isCribaError(err)) {
    return { status: API_ERROR_STATUS[err.code], body: { error: { code: err.code, message: err.message } } };
  }
  const e = err as { validation?: unknown; statusCode?: number; code?: string; message?: string } | undefined;
  if (e?.validation) return fail('E_VALIDATION', e.message ?? 'invalid request');
  switch (e?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return fail('E_BODY_TOO_LARGE', 'The request body is larger than this server accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return fail('E_UNSUPPORTED_MEDIA_TYPE', e.message ?? 'unsupported Content-Type');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return fail('E_VALIDATION', e.message ?? 'the body is not valid JSON');
  }
  if (e?.statusCode === 400 || (e instanceof SyntaxError && e.message.includes('JSON'))) {
    return fail('E_VALIDATION', e.message ?? 'bad request');
  }
  if (e?.statusCode === 429) return fail('E_RATE_LIMITED', e.message ?? 'too many requests');
  return fail('E_INTERNAL', 'Internal error; the server log has the details.');
}

function fail(code: ApiErrorCode, message: string): { status: number; body: ErrorBody } {
  return { status: API_ERROR_STATUS[code], body: { error: { code, message } } };
}
