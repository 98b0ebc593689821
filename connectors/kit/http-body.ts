// Request body encoding and bounded, abortable response body reading for the HTTP client.
import { abortion } from './abort.ts';

export interface EncodedBody {
  body: string | Uint8Array | undefined;
  contentType: string | undefined;
}

export function encodeBody(input: {
  json?: unknown;
  form?: Readonly<Record<string, string>> | URLSearchParams;
  body?: string | Uint8Array;
}): EncodedBody {
  if (input.json !== undefined) {
    return { body: JSON.stringify(input.json), contentType: 'application/json; charset=utf-8' };
  }
  if (input.form !== undefined) {
    const form =
      input.form instanceof URLSearchParams ? input.form : new URLSearchParams({ ...input.form });
    return { body: form.toString(), contentType: 'application/x-www-form-urlencoded' };
  }
  return { body: input.body, contentType: undefined };
}

export const TOO_LARGE = Symbol('too_large');

/**
 * Reads at most `maxBytes` of a body. Past the limit it cancels the stream (dropping the connection)
 * and returns TOO_LARGE. A stalled body rejects as soon as `signal` aborts, whatever the socket does.
 */
export async function readBounded(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: string | null,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array | typeof TOO_LARGE> {
  if (body === null) return new Uint8Array();
  const reader = body.getReader();
  const declared = declaredLength === null ? Number.NaN : Number(declaredLength);
  if (declared > maxBytes) {
    reader.cancel().catch(() => {});
    return TOO_LARGE;
  }
  const aborted = abortion(signal);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted.promise]);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        reader.cancel().catch(() => {});
        return TOO_LARGE;
      }
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  } finally {
    aborted.dispose();
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
