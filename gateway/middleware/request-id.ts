// Accepts a well-formed X-Request-Id or makes one, and echoes it on every response.
import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';

/** Letters, digits, `_`, `-` and `=`, 1 to 128 of them: safe in logs and headers. */
export const REQUEST_ID_PATTERN = /^[\w=-]{1,128}$/;

export interface RequestIdOptions {
  headerName?: string;
  generate?: (c: Context) => string;
}

/**
 * Sets `c.get('requestId')` (read by problem() for the `requestId` member) and the response
 * header. A caller's id that does not match REQUEST_ID_PATTERN is replaced, not trusted.
 */
export function requestIdPropagation(options: RequestIdOptions = {}): MiddlewareHandler {
  const headerName = options.headerName ?? 'X-Request-Id';
  const generate = options.generate ?? (() => randomUUID());
  return async (c, next) => {
    const offered = c.req.header(headerName);
    const id = offered !== undefined && REQUEST_ID_PATTERN.test(offered) ? offered : generate(c);
    c.set('requestId', id);
    c.header(headerName, id);
    await next();
    // A handler that returns a bare Response bypasses c.header(); put the id on it too.
    try {
      if (!c.res.headers.has(headerName)) c.res.headers.set(headerName, id);
    } catch {
      // Immutable headers (a proxied Response): nothing more to do.
    }
  };
}

declare module 'hono' {
  interface ContextVariableMap {
    /** The request's id: the caller's X-Request-Id when well-formed, else generated. */
    requestId: string;
  }
}
