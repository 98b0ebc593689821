// /api/v1/lookups: citizen (population database) and enterprise (business registration) lookups,
// each bound to a dossier or a declared purpose, audited, never cached.

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { LookupFailure, Lookups } from '../../ops/lookups/service.ts';
import { activeTraceId } from '../../ops/telemetry/trace-context.ts';
import { problemResponse } from '../openapi.ts';
import { problem } from '../problem.ts';
import { allFieldsHook, validationHook } from '../validation.ts';

export interface LookupRouteDeps {
  lookups: Lookups;
  right: (name: string) => MiddlewareHandler;
}

/** Why the lookup is made: a dossier being processed, or a declared purpose (DOMAIN.md §4.6). */
const Basis = z.object({
  dossierCode: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: 'The dossier being processed that needs the lookup' }),
  purpose: z
    .string()
    .min(5)
    .max(200)
    .optional()
    .openapi({ description: 'The declared purpose, when no dossier is concerned' }),
});
const basisRequired = <T extends z.ZodObject>(schema: T) =>
  schema.refine(
    (v: { dossierCode?: string; purpose?: string }) =>
      v.dossierCode !== undefined || v.purpose !== undefined,
    {
      message: 'a lookup needs a dossierCode or a purpose',
      path: ['purpose'],
      params: { code: 'lookup.basis_required' },
    },
  );

const CitizenQuery = basisRequired(
  Basis.extend({
    idNumber: z.string().regex(/^(\d{12}|\d{9})$/, {
      message: 'expected a 12-digit personal ID or a 9-digit ID card number',
    }),
    fullName: z.string().min(1).max(200),
    birthDate: z.iso.date(),
  }),
);

const failures = {
  401: problemResponse('Missing or invalid credentials'),
  403: problemResponse('The member lacks the right'),
  503: problemResponse('The national database is unavailable'),
  504: problemResponse('The national database did not answer in time'),
};

function failure(c: Context, result: LookupFailure): Response {
  if (result.failed === 'timeout') return problem(c, 'upstream.timeout', { detail: result.reason });
  if (result.failed === 'rejected')
    return problem(c, 'request.invalid', {
      detail: `the database refused the lookup (${result.reason})`,
    });
  return problem(c, 'upstream.unavailable', { detail: result.reason });
}

const traceId = () => activeTraceId();

export function lookupRoutes(deps: LookupRouteDeps): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });

  // POST, not GET: an ID number, a name and a birth date never belong in a URL or an access log.
  const citizen = createRoute({
    method: 'post',
    path: '/api/v1/lookups/citizen',
    operationId: 'verifyCitizen',
    tags: ['lookups'],
    summary: 'Verify a citizen in the national population database (ID + full name + birth date)',
    description:
      'Needs the right lookup.citizen and a dossierCode or purpose. Sent as a POST so personal data never appears in a URL; the answer is never cached and every lookup is audited with the subject hashed.',
    middleware: [deps.right('lookup.citizen')] as const,
    request: {
      body: { content: { 'application/json': { schema: CitizenQuery } }, required: true },
    },
    responses: {
      200: {
        description: 'found, not_found, or mismatch (with the differing fields)',
        content: {
          'application/json': {
            schema: z.object({ outcome: z.enum(['found', 'not_found', 'mismatch']) }).passthrough(),
          },
        },
      },
      400: problemResponse('Invalid request'),
      ...failures,
    },
  });
  app.openapi(
    citizen,
    async (c) => {
      const { idNumber, fullName, birthDate, dossierCode, purpose } = c.req.valid('json');
      const result = await deps.lookups.citizen(
        { idNumber, fullName, birthDate },
        { memberId: c.get('member').id, dossierCode, purpose, traceId: traceId() },
      );
      if ('failed' in result) return failure(c, result) as never;
      c.header('Cache-Control', 'no-store');
      return c.json(result, 200) as never;
    },
    allFieldsHook(citizen),
  );

  const enterprise = createRoute({
    method: 'get',
    path: '/api/v1/lookups/enterprise/{code}',
    operationId: 'lookupEnterprise',
    tags: ['lookups'],
    summary: 'Look an enterprise up in the national business registration database',
    description:
      'Needs the right lookup.enterprise and a dossierCode or purpose. The answer is never cached and every lookup is audited with the subject hashed.',
    middleware: [deps.right('lookup.enterprise')] as const,
    request: {
      params: z.object({
        code: z
          .string()
          .regex(/^\d{10}(-?\d{3})?$/, {
            message: 'expected a 10-digit enterprise code, or 13 as 10-3',
          })
          .openapi({
            description: 'The enterprise code (10 digits), or a branch code (13, as 10-3)',
            example: '0101234565',
          }),
      }),
      query: basisRequired(Basis),
    },
    responses: {
      200: {
        description: 'found or not_found',
        content: {
          'application/json': {
            schema: z.object({ outcome: z.enum(['found', 'not_found']) }).passthrough(),
          },
        },
      },
      400: problemResponse('Invalid request'),
      ...failures,
    },
  });
  app.openapi(
    enterprise,
    async (c) => {
      const { code } = c.req.valid('param');
      const { dossierCode, purpose } = c.req.valid('query');
      const result = await deps.lookups.enterprise(
        { code },
        { memberId: c.get('member').id, dossierCode, purpose, traceId: traceId() },
      );
      if ('failed' in result) return failure(c, result) as never;
      c.header('Cache-Control', 'no-store');
      return c.json(result, 200) as never;
    },
    allFieldsHook(enterprise),
  );
  return app;
}
