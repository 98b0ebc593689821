// Stable API error codes and their HTTP status and title: the problem+json (RFC 9457) vocabulary.
import { z } from 'zod';

export const ERRORS = {
  'request.invalid': { status: 400, title: 'The request is invalid' },
  'request.malformed_json': { status: 400, title: 'The body is not valid JSON' },
  'request.unsupported_media_type': { status: 415, title: 'Unsupported content type' },
  'request.too_large': { status: 413, title: 'The body is too large' },
  'request.too_deep': { status: 400, title: 'The JSON document is nested too deeply' },
  'request.method_not_allowed': { status: 405, title: 'Method not allowed' },
  'auth.missing_credentials': { status: 401, title: 'Credentials are required' },
  'auth.invalid_credentials': { status: 401, title: 'The credentials are not valid' },
  'auth.forbidden': { status: 403, title: 'The member may not call this operation' },
  'resource.not_found': { status: 404, title: 'Not found' },
  'idempotency.key_reused': {
    status: 422,
    title: 'The Idempotency-Key was used with another request',
  },
  'rate.limited': { status: 429, title: 'Too many requests' },
  'service.not_ready': { status: 503, title: 'The service is not ready' },
  'upstream.unavailable': { status: 503, title: 'The upstream system is unavailable' },
  'upstream.timeout': { status: 504, title: 'The upstream system did not answer in time' },
  internal: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** One offending field: its JSON path, the rule it broke and a message. */
export const FieldProblemSchema = z.object({
  path: z.string(),
  rule: z.string(),
  message: z.string(),
});

/** RFC 9457 problem details with lienthong's stable code and request id. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string(),
  requestId: z.string().optional(),
  errors: z.array(FieldProblemSchema).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
export type FieldProblem = z.infer<typeof FieldProblemSchema>;
