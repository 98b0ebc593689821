// Maps errors thrown by hono and zod-openapi (HTTPException) to problem+json for app.onError.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ErrorCode } from '../../contracts/errors.ts';
import { problem } from '../problem.ts';

const CODE_OF_STATUS: Record<number, ErrorCode> = {
  400: 'request.invalid',
  401: 'auth.missing_credentials',
  403: 'auth.forbidden',
  404: 'resource.not_found',
  405: 'request.method_not_allowed',
  413: 'request.too_large',
  415: 'request.unsupported_media_type',
  429: 'rate.limited',
  503: 'service.not_ready',
  504: 'upstream.timeout',
};

/** Headers of the exception's own response that the problem must keep. */
const KEPT_HEADERS = ['www-authenticate', 'allow', 'retry-after'];

function codeOf(error: HTTPException): ErrorCode | undefined {
  // hono's validator throws 400 "Malformed JSON in request body" when JSON.parse fails.
  if (error.status === 400 && /json/i.test(error.message)) return 'request.malformed_json';
  return CODE_OF_STATUS[error.status];
}

/**
 * The problem response for an HTTPException with a known status, else undefined. Use first in
 * app.onError: `app.onError((e, c) => httpErrorProblem(e, c) ?? problem(c, 'internal'))`.
 * zod-openapi throws 415 for a wrong content type, hono's validator 400 for malformed JSON.
 */
export function httpErrorProblem(error: unknown, c: Context): Response | undefined {
  if (!(error instanceof HTTPException)) return undefined;
  const code = codeOf(error);
  if (code === undefined) return undefined;
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = error.res?.headers.get(name);
    if (value) headers[name] = value;
  }
  return problem(c, code, {}, headers);
}
