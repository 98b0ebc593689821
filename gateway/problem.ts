// Renders RFC 9457 problem+json responses from the stable error codes in contracts/errors.
import type { Context } from 'hono';
import { ERRORS, type ErrorCode, type FieldProblem, type Problem } from '../contracts/errors.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemBody(
  code: ErrorCode,
  extra: { detail?: string; requestId?: string; errors?: FieldProblem[]; instance?: string } = {},
): Problem {
  const { status, title } = ERRORS[code];
  return {
    type: `https://lienthong.dev/problems/${code.replaceAll('.', '/')}`,
    title,
    status,
    code,
    ...extra,
  };
}

export function problem(
  c: Context,
  code: ErrorCode,
  extra: { detail?: string; errors?: FieldProblem[] } = {},
  headers: Record<string, string> = {},
): Response {
  const requestId = c.get('requestId') as string | undefined;
  const body = problemBody(code, {
    ...extra,
    instance: c.req.path,
    ...(requestId ? { requestId } : {}),
  });
  return c.body(JSON.stringify(body), body.status as 400, {
    'content-type': PROBLEM_CONTENT_TYPE,
    ...headers,
  });
}
