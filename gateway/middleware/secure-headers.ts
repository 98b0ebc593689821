// Security headers for API responses: nothing may be framed, sniffed, cached or scripted.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

export interface ApiSecureHeadersOptions {
  /** HSTS max-age in seconds; 0 leaves the header off (plain-HTTP test networks). */
  hstsMaxAgeSeconds?: number;
}

/**
 * hono's secureHeaders tuned for a JSON API. Headers a handler set itself are kept
 * (overwrite: false), so /docs can send its own Content-Security-Policy. Responses without a
 * Cache-Control get `no-store`: they may carry personal data.
 */
export function apiSecureHeaders(options: ApiSecureHeadersOptions = {}): MiddlewareHandler {
  const maxAge = options.hstsMaxAgeSeconds ?? 31_536_000;
  const headers = secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    crossOriginResourcePolicy: 'same-origin',
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: maxAge > 0 ? `max-age=${maxAge}; includeSubDomains` : false,
    xFrameOptions: 'DENY',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    removePoweredBy: true,
    overwrite: false,
  });
  return async (c, next) => {
    await headers(c, next);
    try {
      if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
    } catch {
      // Immutable headers (a proxied Response): leave them as they are.
    }
  };
}
