// The simulated one-stop's answers: its error body, validation details, and Idempotency-Key replay.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { Simulator } from '../kit/simulator/index.ts';
import { ONE_STOP_ERROR_CODES } from './errors.ts';
import { ONE_STOP_HEADERS, type OneStopError } from './wire-api.ts';

export interface Answer {
  status: ContentfulStatusCode;
  body: object;
}

type Detail = NonNullable<OneStopError['ChiTiet']>[number];

export function failure(
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details?: Detail[],
): Answer {
  const body: OneStopError = { ThanhCong: false, MaLoi: code, ThongBao: message };
  if (details && details.length > 0) body.ChiTiet = details;
  return { status, body };
}

/** zod issues as ChiTiet: field paths and zod's messages, which never quote the value. */
export function zodDetails(error: z.ZodError): Detail[] {
  return error.issues.slice(0, 50).map((issue) => ({
    TruongDuLieu: issue.path.map(String).join('.') || '(gốc)',
    MoTa: issue.message,
  }));
}

export const invalidPayload = (details: Detail[]): Answer =>
  failure(400, ONE_STOP_ERROR_CODES.invalidPayload, 'Dữ liệu không hợp lệ', details);

export const send = (c: Context, answer: Answer, headers: Record<string, string> = {}) =>
  c.json(answer.body, answer.status, headers);

interface Stored extends Answer {
  fingerprint: string;
}

/**
 * Runs a write at most once per Idempotency-Key. The same key with the same method, path and body
 * replays the first answer (with `Idempotent-Replayed: true`); with another body it is refused (422).
 * 5xx answers are not stored, so a retry after a server error runs again.
 */
export async function idempotentWrite(
  c: Context,
  sim: Simulator,
  op: string,
  handle: (body: unknown) => Answer,
): Promise<Response> {
  sim.count('received', op);
  const key = c.req.header(ONE_STOP_HEADERS.idempotencyKey)?.trim() ?? '';
  if (key === '' || key.length > 200) {
    return send(
      c,
      invalidPayload([
        { TruongDuLieu: 'Idempotency-Key', MoTa: 'Thiếu hoặc quá dài (tối đa 200 ký tự)' },
      ]),
    );
  }
  const text = await c.req.text();
  const fingerprint = createHash('sha256')
    .update(`${c.req.method} ${c.req.path}\n${text}`)
    .digest('hex');
  const keys = sim.store.collection<Stored>('idempotency');
  const seen = keys.get(key);
  if (seen) {
    if (seen.fingerprint !== fingerprint) {
      sim.count('rejected', op);
      return send(
        c,
        failure(
          422,
          ONE_STOP_ERROR_CODES.keyReused,
          'Idempotency-Key đã được dùng cho một yêu cầu khác',
        ),
      );
    }
    sim.count('replayed', op);
    return send(c, seen, { [ONE_STOP_HEADERS.replayed]: 'true' });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return send(c, invalidPayload([{ TruongDuLieu: '(gốc)', MoTa: 'Nội dung không phải JSON' }]));
  }
  const answer = handle(body);
  if (answer.status >= 400) sim.count('rejected', op);
  if (answer.status < 500) keys.set(key, { ...answer, fingerprint });
  return send(c, answer);
}
