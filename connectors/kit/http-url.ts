// Builds request URLs under a base URL and checks them against a connector's host allow-list.

export type QueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly (string | number | boolean)[];

export type Query = Readonly<Record<string, QueryValue>>;

/** Joins `path` under `baseUrl` (keeping the base path) unless `path` is an absolute http(s) URL. */
export function buildUrl(baseUrl: string, path: string, query?: Query): URL {
  let url: URL;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    url = new URL(path);
  } else {
    const base = new URL(baseUrl);
    const basePath = base.pathname.replace(/\/+$/, '');
    const rest = path === '' ? '' : `/${path.replace(/^\/+/, '')}`;
    url = new URL(`${base.origin}${basePath}${rest}`);
  }
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) url.searchParams.append(name, String(v));
  }
  return url;
}

/**
 * True when the URL is http(s) and its host is allowed. Entries: 'host', 'host:port', or '*.domain'
 * (any subdomain of domain, not domain itself).
 */
export function isHostAllowed(url: URL, allowedHosts: readonly string[]): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const hostname = url.hostname.toLowerCase();
  const host = url.host.toLowerCase();
  return allowedHosts.some((raw) => {
    const entry = raw.toLowerCase();
    if (entry.startsWith('*.')) return hostname.endsWith(entry.slice(1));
    return entry === hostname || entry === host;
  });
}
