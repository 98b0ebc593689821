// Reads a JSON request body once: strict UTF-8, bounded nesting and size, parsed value cached.
import type { Context, MiddlewareHandler } from 'hono';
import { problem } from '../problem.ts';

export interface JsonLimits {
  /** Deepest nesting of objects and arrays allowed; `[]` has depth 1. */
  maxDepth: number;
  /** Most object members allowed in the whole document. */
  maxKeys?: number | undefined;
}

export const DEFAULT_JSON_LIMITS: JsonLimits = { maxDepth: 32 };

export type JsonShape = { ok: true } | { ok: false; reason: 'too_deep' | 'too_many_keys' };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;

/**
 * Checks nesting and member count in one pass over the text, before JSON.parse sees it, so a
 * hostile document costs O(length) and never recurses. Syntax errors are left to JSON.parse.
 */
export function checkJsonShape(text: string, limits: JsonLimits): JsonShape {
  const maxKeys = limits.maxKeys ?? Number.POSITIVE_INFINITY;
  let depth = 0;
  let keys = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === BACKSLASH) i++;
      else if (char === QUOTE) inString = false;
      continue;
    }
    if (char === QUOTE) inString = true;
    else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      depth++;
      if (depth > limits.maxDepth) return { ok: false, reason: 'too_deep' };
    } else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) depth--;
    else if (char === COLON) {
      keys++;
      if (keys > maxKeys) return { ok: false, reason: 'too_many_keys' };
    }
  }
  return { ok: true };
}

/** application/json and application/*+json, with or without parameters. */
export function isJsonMediaType(contentType: string): boolean {
  const essence = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return /^application\/([\w.-]+\+)?json$/.test(essence);
}

export type JsonRead =
  | { ok: true; value: unknown }
  | {
      ok: false;
      code: 'request.malformed_json' | 'request.too_deep' | 'request.too_large';
      detail: string;
    };

/** Stateless between calls (no streaming), so one decoder serves every request. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

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

const malformed = (detail: string): JsonRead => ({
  ok: false,
  code: 'request.malformed_json',
  detail,
});

async function bodyBytes(c: Context): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await c.req.arrayBuffer());
  } catch {
    return undefined;
  }
}

/**
 * Reads, checks and parses the JSON body once per request and caches it; later calls return the
 * cached value. Put bodyLimit before it: the whole body is buffered.
 */
export async function readJsonBody(c: Context, limits = DEFAULT_JSON_LIMITS): Promise<JsonRead> {
  const cached = parsedBodies.get(c);
  if (cached) return { ok: true, value: cached.value };
  const bytes = await bodyBytes(c);
  if (bytes === undefined) return malformed('the body could not be read');
  if (bytes.byteLength === 0) return malformed('the body is empty');
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    return malformed('the body is not valid UTF-8');
  }
  const shape = checkJsonShape(text, limits);
  if (!shape.ok && shape.reason === 'too_deep') {
    return {
      ok: false,
      code: 'request.too_deep',
      detail: `nesting deeper than ${limits.maxDepth}`,
    };
  }
  if (!shape.ok) {
    return { ok: false, code: 'request.too_large', detail: `more than ${limits.maxKeys} members` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return malformed('the body is not valid JSON');
  }
  remember(c, value, text);
  return { ok: true, value };
}

export interface JsonDepthOptions {
  maxDepth?: number;
  maxKeys?: number;
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
    const contentType = c.req.header('content-type');
    if (contentType === undefined || !isJsonMediaType(contentType)) return next();
    const bytes = await bodyBytes(c);
    // An empty body is the route's to judge (an optional body may be absent).
    if (bytes !== undefined && bytes.byteLength === 0) return next();
    const read = await readJsonBody(c, limits);
    if (!read.ok) return problem(c, read.code, { detail: read.detail });
    return next();
  };
}
