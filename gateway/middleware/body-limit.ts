// Refuses request bodies over a byte limit with 413 problem+json, without buffering past it.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { problem } from '../problem.ts';

export interface BodyLimitOptions {
  maxBytes: number;
}

/**
 * 413 request.too_large when Content-Length exceeds maxBytes, or, for a chunked body, as soon as
 * the streamed bytes pass maxBytes (hono's limiter stops reading there; Node's HTTP parser holds
 * a declared Content-Length to the bytes actually sent).
 */
export function bodyLimit(options: BodyLimitOptions): MiddlewareHandler {
  return honoBodyLimit({
    maxSize: options.maxBytes,
    onError: (c) =>
      problem(c, 'request.too_large', { detail: `the body exceeds ${options.maxBytes} bytes` }),
  });
}
