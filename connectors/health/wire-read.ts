// Reads the health link-up's answers: a status-0 failure becomes its classified error, anything unexpected is permanent.
import { z } from 'zod';
import { ConnectorError, type HttpResponse } from '../kit/index.ts';
import { HEALTH_REASONS, healthClassifier, STATUS_ZERO } from './errors.ts';
import { healthManifest } from './manifest.ts';

const connectorId = healthManifest.id;

/** Both failure shapes: the submission answer (strings) and the query envelopes (status 0). */
const FailureSchema = z.object({
  status: z.union([z.literal('0'), z.literal(0)]),
  errorCode: z.string().min(1).nullish(),
});

/** The body as the expected wire shape, or the classified error the system reported. */
export function readHealth<S extends z.ZodType>(res: HttpResponse, schema: S): z.output<S> {
  const body = res.json();
  const failed = FailureSchema.safeParse(body);
  if (failed.success) {
    throw healthClassifier.toError(
      { code: failed.data.errorCode ?? STATUS_ZERO },
      { connectorId, response: body },
    );
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw unexpectedResponse(res.status, body);
}

export function unexpectedResponse(status: number, body: unknown): ConnectorError {
  return new ConnectorError({
    connectorId,
    errorClass: 'permanent',
    reason: HEALTH_REASONS.unexpectedResponse,
    status,
    response: body,
  });
}
