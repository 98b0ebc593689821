// Strict JSON from request bytes (UTF-8 only, bounded nesting and member count, then JSON.parse),
// and the request fingerprint Idempotency-Key compares.
// Pure (no Hono, no I/O), so the gateway's submission workers run the very same checks.
import { hash } from 'node:crypto';

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

export type JsonRead =
  | { ok: true; value: unknown; text: string }
  | {
      ok: false;
      code: 'request.malformed_json' | 'request.too_deep' | 'request.too_large';
      detail: string;
    };

/** Stateless between calls (no streaming), so one decoder serves every request. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

const malformed = (detail: string): JsonRead => ({
  ok: false,
  code: 'request.malformed_json',
  detail,
});

/** Decodes, checks and parses a non-empty body; `text` is the decoded body, as hashed for idempotency. */
export function parseJsonBytes(bytes: Uint8Array, limits: JsonLimits): JsonRead {
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
  try {
    return { ok: true, value: JSON.parse(text), text };
  } catch {
    return malformed('the body is not valid JSON');
  }
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * The Idempotency-Key fingerprint of a request: sha256 of `${requestLine}\n${body}`. Given the
 * body's bytes as received (a submission thread has them), it skips encoding the decoded text to
 * UTF-8 again, which cost twice the hash; the digest is the same as over the text, since the bytes
 * passed strict UTF-8 decoding and only a leading BOM, which decoding drops, is skipped here too.
 */
export function requestHash(requestLine: string, body: string | Uint8Array | undefined): string {
  if (body === undefined || typeof body === 'string')
    return hash('sha256', `${requestLine}\n${body ?? ''}`, 'hex');
  const bytes = BOM.every((byte, i) => body[i] === byte) ? body.subarray(BOM.length) : body;
  return hash('sha256', Buffer.concat([Buffer.from(`${requestLine}\n`), bytes]), 'hex');
}
