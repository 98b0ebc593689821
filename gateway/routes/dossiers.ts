// /api/v1/dossiers: submit canonical dossiers, progress events and results; read a dossier's journey.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ExchangeViewSchema } from '../../contracts/api/exchanges.ts';
import { AcceptedSchema, ResultSubmissionSchema } from '../../contracts/api/submissions.ts';
import { DossierSchema } from '../../contracts/canonical/dossier.ts';
import { DossierEventSchema } from '../../contracts/canonical/dossier-event.ts';
import { exampleDossier, exampleDossierEvent } from '../../contracts/canonical/examples.ts';
import type { ExchangeReader } from '../../ops/delivery/exchange-reader.ts';
import type { Intake } from '../../ops/delivery/intake.ts';
import { projectDossier } from '../../ops/delivery/projection.ts';
import { problemResponse } from '../openapi.ts';
import { problem } from '../problem.ts';
import { allFieldsHook, validationHook } from '../validation.ts';
import { submit } from './submit.ts';

export interface DossierRouteDeps {
  intake: Intake;
  exchanges: ExchangeReader;
  right: (name: string) => MiddlewareHandler;
}

const CodeParam = z.object({
  code: z
    .string()
    .min(1)
    .max(100)
    .openapi({ description: 'The dossier code (MaHoSo)', example: '000.00.00.H26-250901-0001' }),
});
const IdempotencyHeader = z.object({
  'idempotency-key': z.string().optional().openapi({
    description:
      'An opaque key of 1–255 visible ASCII characters: a resend with the same key and body is answered as the first one',
  }),
});
/** Documentation only: the request example of the result route. */
const RESULT_EXAMPLE = {
  status: 'returned',
  returnedAt: '2025-07-10T10:00:00+07:00',
  results: [
    {
      name: 'Giấy chứng nhận đăng ký hộ kinh doanh',
      resultCode: 'KQ.000.00.00.H26-250901-0001',
      documentNumber: '215/GCN',
      fileUrl: 'https://dichvucong.hanoi.gov.vn/ket-qua/215-GCN.pdf',
    },
  ],
};
const accepted = {
  202: {
    description: 'Committed; delivered asynchronously',
    content: { 'application/json': { schema: AcceptedSchema } },
  },
  400: problemResponse('Invalid request: every failing field is listed'),
  401: problemResponse('Missing or invalid credentials'),
  403: problemResponse('The member lacks the right'),
  422: problemResponse('Idempotency-Key reused with another body'),
};
const json = <T extends z.ZodType>(schema: T, example: unknown) => ({
  content: { 'application/json': { schema, example } },
  required: true,
});

export function dossierRoutes(deps: DossierRouteDeps): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });

  const submitDossier = createRoute({
    method: 'post',
    path: '/api/v1/dossiers',
    operationId: 'submitDossier',
    tags: ['dossiers'],
    summary: 'Submit a dossier (canonical model)',
    description:
      'Needs the right dossier.submit. Every failing field is listed in the 400. Committed with its deliveries before the 202 (a 2xx is durable); a resend with the same Idempotency-Key or content is answered with the first exchange and Idempotent-Replayed: true.',
    middleware: [deps.right('dossier.submit')] as const,
    request: { headers: IdempotencyHeader, body: json(DossierSchema, exampleDossier) },
    responses: accepted,
  });
  app.openapi(
    submitDossier,
    async (c) => {
      const dossier = c.req.valid('json');
      return submit(c, deps.intake, {
        kind: 'dossier',
        dossierCode: dossier.code,
        payload: dossier,
        procedureCode: dossier.procedure.localCode ?? dossier.procedure.code,
        sectorCode: dossier.sector?.code,
        dossier: projectDossier(dossier),
      }) as never;
    },
    allFieldsHook(submitDossier),
  );

  const submitEvent = createRoute({
    method: 'post',
    path: '/api/v1/dossiers/{code}/events',
    operationId: 'submitDossierEvent',
    tags: ['dossiers'],
    summary: 'Submit a progress event of a dossier',
    description:
      'Needs the right progress.submit. The body dossierCode must equal the one in the path. Committed with its deliveries before the 202 (a 2xx is durable); a resend with the same Idempotency-Key or content is answered with the first exchange and Idempotent-Replayed: true.',
    middleware: [deps.right('progress.submit')] as const,
    request: {
      params: CodeParam,
      headers: IdempotencyHeader,
      body: json(DossierEventSchema, exampleDossierEvent),
    },
    responses: accepted,
  });
  app.openapi(
    submitEvent,
    async (c) => {
      const { code } = c.req.valid('param');
      const event = c.req.valid('json');
      if (event.dossierCode !== code) {
        return problem(c, 'request.invalid', {
          errors: [
            {
              path: '/body/dossierCode',
              rule: 'dossier_code.mismatch',
              message: 'must equal the dossier code in the path',
            },
          ],
        }) as never;
      }
      return submit(c, deps.intake, {
        kind: 'progress',
        dossierCode: code,
        payload: event,
        statusChange: { status: event.status, finishedAt: null },
      }) as never;
    },
    allFieldsHook(submitEvent),
  );

  const submitResult = createRoute({
    method: 'post',
    path: '/api/v1/dossiers/{code}/results',
    operationId: 'submitDossierResult',
    tags: ['dossiers'],
    summary: 'Submit the result of a dossier (status and result documents)',
    description:
      'Needs the right result.submit. The result is recorded with the calling member as its source. Committed with its deliveries before the 202 (a 2xx is durable); a resend with the same Idempotency-Key or content is answered with the first exchange and Idempotent-Replayed: true.',
    middleware: [deps.right('result.submit')] as const,
    request: {
      params: CodeParam,
      headers: IdempotencyHeader,
      body: json(ResultSubmissionSchema, RESULT_EXAMPLE),
    },
    responses: accepted,
  });
  app.openapi(
    submitResult,
    async (c) => {
      const { code } = c.req.valid('param');
      const result = c.req.valid('json');
      return submit(c, deps.intake, {
        kind: 'result',
        dossierCode: code,
        payload: { ...result, dossierCode: code, source: c.get('member').id },
        statusChange: {
          status: result.status,
          finishedAt: result.finishedAt ?? null,
          returnedAt: result.returnedAt ?? null,
          resultDigitized:
            result.results.length > 0 ? result.results.some((r) => r.fileUrl !== undefined) : null,
        },
      }) as never;
    },
    allFieldsHook(submitResult),
  );

  const journey = createRoute({
    method: 'get',
    path: '/api/v1/dossiers/{code}/exchanges',
    operationId: 'listDossierExchanges',
    tags: ['exchanges'],
    summary: "A dossier's exchanges and the status of each delivery",
    description:
      'Needs the right exchange.read. Every exchange of the dossier in the order accepted, each with its deliveries; an unknown dossier has no items.',
    middleware: [deps.right('exchange.read')] as const,
    request: { params: CodeParam },
    responses: {
      200: {
        description: 'Exchanges in accepted order',
        content: {
          'application/json': { schema: z.object({ items: z.array(ExchangeViewSchema) }) },
        },
      },
      401: problemResponse('Missing or invalid credentials'),
      403: problemResponse('The member lacks the right'),
    },
  });
  app.openapi(
    journey,
    async (c) =>
      c.json({ items: await deps.exchanges.byDossier(c.req.valid('param').code) }, 200) as never,
  );

  return app;
}
