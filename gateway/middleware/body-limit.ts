// Reads a request body once, refusing bodies over a byte limit with 413 problem+json without
// buffering past the limit; later readers (c.req.arrayBuffer/text/json) get the buffered bytes.
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { problem } from '../problem.ts';

export interface BodyLimitOptions {
  maxBytes: number;
}

type Read = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too_large' | 'unreadable' };

/**
 * 413 request.too_large when Content-Length exceeds maxBytes, or, for a chunked body, as soon as
 * the bytes read pass maxBytes. Under @hono/node-server the body is read straight from Node's
 * IncomingMessage: going through the web Request (ReadableStream) cost a tenth of the gateway's
 * CPU per request in bench:ingest. Elsewhere (app.request in tests) the web stream is read.
 */
export function bodyLimit(options: BodyLimitOptions): MiddlewareHandler {
  const max = options.maxBytes;
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const declared = c.req.header('content-length');
    if (declared !== undefined && Number(declared) > max) return tooLarge(c, max);
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const read =
      incoming && typeof incoming.on === 'function' && !incoming.readableEnded
        ? await readIncoming(incoming, max)
        : await readStream(c.req.raw.body, max);
    if (!read.ok && read.reason === 'too_large') return tooLarge(c, max);
    if (!read.ok) {
      return problem(c, 'request.malformed_json', { detail: 'the body could not be read' });
    }
    // Hono's own body cache: c.req.arrayBuffer(), text() and json() answer from these bytes. (At
    // run time the cache holds promises, whatever its declared type says; body-limit.test.ts
    // checks every reader over a real socket.)
    const { bytes } = read;
    (c.req.bodyCache as unknown as { arrayBuffer?: Promise<ArrayBuffer> }).arrayBuffer =
      Promise.resolve(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
    return next();
  };
}

function tooLarge(c: Context, max: number): Response {
  // The rest of the body is left unread: close the connection rather than drain it.
  c.header('Connection', 'close');
  return problem(c, 'request.too_large', { detail: `the body exceeds ${max} bytes` });
}

function readIncoming(incoming: IncomingMessage, max: number): Promise<Read> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (read: Read) => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onFailure);
      incoming.off('close', onFailure);
      resolve(read);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        incoming.pause();
        finish({ ok: false, reason: 'too_large' });
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
      finish({ ok: true, bytes });
    };
    // 'close' before 'end': the client went away mid-body.
    const onFailure = () => finish({ ok: false, reason: 'unreadable' });
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onFailure);
    incoming.on('close', onFailure);
  });
}

async function readStream(body: ReadableStream<Uint8Array> | null, max: number): Promise<Read> {
  if (body === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too_large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
