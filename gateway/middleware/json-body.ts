// Reads a JSON request body once: strict UTF-8, bounded nesting and size, parsed value cached.
import type { Context, MiddlewareHandler } from 'hono';
import {
  DEFAULT_JSON_LIMITS,
  type JsonLimits,
  type JsonRead,
  parseJsonBytes,
} from '../json-bytes.ts';
import { problem } from '../problem.ts';

/** application/json and application/*+json, with or without parameters. */
export function isJsonMediaType(contentType: string): boolean {
  const essence = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return /^application\/([\w.-]+\+)?json$/.test(essence);
}

const parsedBodies = new WeakMap<Context, { value: unknown; text: string }>();

/** The body parsed by jsonDepth (or readJsonBody), or undefined when none was parsed. */
export function parsedJson(c: Context): unknown {
  return parsedBodies.get(c)?.value;
}

/** The text of that body as received (decoded UTF-8), or undefined when none was parsed. */
export function jsonText(c: Context): string | undefined {
  return parsedBodies.get(c)?.text;
}

function remember(c: Context, value: unknown, text: string): void {
  parsedBodies.set(c, { value, text });
  // zod-openapi's body validator calls c.req.json(); answer from the cache instead of reparsing.
  c.req.json = <T>() => Promise.resolve(value as T);
}

async function bodyBytes(c: Context): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await c.req.arrayBuffer());
  } catch {
    return undefined;
  }
}

/** The body's bytes when it is declared JSON; undefined for other content types. */
export async function jsonBodyBytes(c: Context): Promise<Uint8Array | undefined | 'unreadable'> {
  const contentType = c.req.header('content-type');
  if (contentType === undefined || !isJsonMediaType(contentType)) return undefined;
  return (await bodyBytes(c)) ?? 'unreadable';
}

/**
 * Reads, checks and parses the JSON body once per request and caches it; later calls return the
 * cached value. Put bodyLimit before it: the whole body is buffered.
 */
export async function readJsonBody(c: Context, limits = DEFAULT_JSON_LIMITS): Promise<JsonRead> {
  const cached = parsedBodies.get(c);
  if (cached) return { ok: true, ...cached };
  const bytes = await bodyBytes(c);
  if (bytes === undefined)
    return { ok: false, code: 'request.malformed_json', detail: 'the body could not be read' };
  const read = parseJsonBytes(bytes, limits);
  if (!read.ok) return read;
  remember(c, read.value, read.text);
  return read;
}

export interface JsonDepthOptions {
  maxDepth?: number;
  maxKeys?: number;
  /** Paths whose handlers read and check the body themselves (off the event loop): left alone. */
  readByRoute?: ReadonlySet<string>;
}

/**
 * Parses every JSON-typed, non-empty body once: 400 request.malformed_json for invalid UTF-8 or
 * JSON, 400 request.too_deep past maxDepth (default 32), 413 request.too_large past maxKeys.
 * Handlers read the result with `parsedJson(c)` or `c.req.valid('json')`. Other content types
 * pass through untouched for the route to accept or refuse.
 */
export function jsonDepth(options: JsonDepthOptions = {}): MiddlewareHandler {
  const limits: JsonLimits = {
    maxDepth: options.maxDepth ?? DEFAULT_JSON_LIMITS.maxDepth,
    maxKeys: options.maxKeys,
  };
  return async (c, next) => {
    if (options.readByRoute?.has(c.req.path)) return next();
    const bytes = await jsonBodyBytes(c);
    // Another content type, or an empty body, is the route's to judge (a body may be optional).
    if (bytes === undefined || (bytes !== 'unreadable' && bytes.byteLength === 0)) return next();
    const read = await readJsonBody(c, limits);
    if (!read.ok) return problem(c, read.code, { detail: read.detail });
    return next();
  };
}
