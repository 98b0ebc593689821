// Security headers for API responses: nothing may be framed, sniffed, cached or scripted.
import type { MiddlewareHandler } from 'hono';

export interface ApiSecureHeadersOptions {
  /** HSTS max-age in seconds; 0 leaves the header off (plain-HTTP test networks). */
  hstsMaxAgeSeconds?: number;
}

/**
 * The OWASP REST Security set, for JSON (the console and /docs, which serve documents, add their
 * own). Headers that only matter to a browser rendering a page (X-XSS-Protection,
 * X-Download-Options, X-DNS-Prefetch-Control, Permissions-Policy and the like) are left out:
 * every one is written, parsed and carried on each of millions of machine-to-machine answers.
 */
function apiHardeningHeaders(options: ApiSecureHeadersOptions = {}): Array<[string, string]> {
  const maxAge = options.hstsMaxAgeSeconds ?? 31_536_000;
  return [
    ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Referrer-Policy', 'no-referrer'],
    ...(maxAge > 0
      ? [['Strict-Transport-Security', `max-age=${maxAge}; includeSubDomains`] as [string, string]]
      : []),
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    // Answers may carry personal data.
    ['Cache-Control', 'no-store'],
  ];
}

/**
 * Sets the headers before the handler runs, so the handler's own (a page's CSP, a cacheable
 * document's Cache-Control) replace them, and a JSON answer is built with them in one go rather
 * than edited afterwards. A handler that returns a Response of its own skips what was set before:
 * its missing headers are added after.
 */
export function apiSecureHeaders(options: ApiSecureHeadersOptions = {}): MiddlewareHandler {
  const headers = apiHardeningHeaders(options);
  const marker = 'X-Content-Type-Options';
  return async (c, next) => {
    for (const [name, value] of headers) c.header(name, value);
    await next();
    try {
      const sent = c.res.headers;
      if (sent.has(marker)) return;
      for (const [name, value] of headers) if (!sent.has(name)) sent.set(name, value);
    } catch {
      // Immutable headers (a proxied Response): leave them as they are.
    }
  };
}
