// Shared tail of every write route: hand the canonical message to intake, answer 202 or a problem.
import type { Context } from 'hono';
import type { Accepted } from '../../contracts/api/submissions.ts';
import type { Intake, IntakeMessage } from '../../ops/delivery/intake.ts';
import { activeTraceId } from '../../ops/telemetry/trace-context.ts';
import { requestHash as requestHashOf } from '../json-bytes.ts';
import { jsonText } from '../middleware/json-body.ts';
import { problem } from '../problem.ts';

/** RFC draft "Idempotency-Key": an opaque token; we bound its size and alphabet. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

export type SubmitFields = Omit<
  IntakeMessage,
  'source' | 'idempotencyKey' | 'requestHash' | 'traceId'
>;

/** `requestHash`: given when the body was hashed already (off the event loop), else taken here. */
export async function submit(
  c: Context,
  intake: Intake,
  fields: SubmitFields,
  requestHash?: string,
): Promise<Response> {
  const member = c.get('member');
  const key = c.req.header('idempotency-key') ?? null;
  if (key !== null && !IDEMPOTENCY_KEY.test(key)) {
    return problem(c, 'request.invalid', {
      detail: 'Idempotency-Key must be 1–255 visible ASCII characters',
      errors: [
        {
          path: '/header/idempotency-key',
          rule: 'idempotency_key.format',
          message: 'expected 1–255 visible ASCII characters',
        },
      ],
    });
  }
  const traceId = activeTraceId();
  const outcome = await intake.submit({
    ...fields,
    source: member.id,
    idempotencyKey: key,
    // The request as received: the same Idempotency-Key with other bytes is another request.
    requestHash: requestHash ?? requestHashOf(`${c.req.method} ${c.req.path}`, jsonText(c)),
    traceId,
  });
  if (outcome.status === 'idempotency_conflict') {
    return problem(c, 'idempotency.key_reused', {
      detail: `Idempotency-Key was first used with another request (exchange ${outcome.exchangeId})`,
    });
  }
  const self = `/api/v1/exchanges/${outcome.exchangeId}`;
  const answer: Accepted = {
    exchangeId: outcome.exchangeId,
    status: outcome.status,
    deliveries: outcome.deliveries,
    links: { self },
  };
  c.header('Location', self);
  if (outcome.status === 'duplicate') c.header('Idempotent-Replayed', 'true');
  return c.json(answer, 202);
}
