// /api/v1/one-stop: the one-stop system submits in its own format (HoSo, QuaTrinhXuLy, KetQuaPush);
// each is mapped to the canonical model, then accepted like any canonical submission.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { AcceptedSchema } from '../../contracts/api/submissions.ts';
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import type { DossierEvent } from '../../contracts/canonical/dossier-event.ts';
import {
  OneStopKetQuaPushSchema,
  OneStopQuaTrinhXuLySchema,
} from '../../contracts/wire/one-stop/events.ts';
import {
  oneStopHoSoExample,
  oneStopKetQuaPushExample,
  oneStopQuaTrinhXuLyExample,
} from '../../contracts/wire/one-stop/examples.ts';
import { OneStopHoSoSchema } from '../../contracts/wire/one-stop/hoso.ts';
import type { FieldIssue, Mapping } from '../../mappings/engine/index.ts';
import {
  type DossierResultUpdate,
  oneStopDossierToCanonical,
  oneStopEventToCanonical,
  oneStopResultPushToCanonical,
} from '../../mappings/one-stop/index.ts';
import type { Intake } from '../../ops/delivery/intake.ts';
import { projectDossier } from '../../ops/delivery/projection.ts';
import { parsedJson } from '../middleware/json-body.ts';
import { problemResponse } from '../openapi.ts';
import { validationProblem } from '../validation.ts';
import { submit } from './submit.ts';

export interface OneStopRouteDeps {
  intake: Intake;
  right: (name: string) => MiddlewareHandler;
}

/** `ChuHoSo.SoGiayTo` / `ThanhPhanHoSo[2].Ma` → `/body/ChuHoSo/SoGiayTo` / `/body/ThanhPhanHoSo/2/Ma`. */
export function issuePointer(path: string): string {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '');
  return `/body${parts.map((p) => `/${p.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')}`;
}

function mapped<T>(
  c: Context,
  mapping: Mapping<unknown, T>,
): { ok: true; value: T } | { ok: false; response: Response } {
  const result = mapping.run(parsedJson(c));
  if (result.ok) return { ok: true, value: result.value };
  return {
    ok: false,
    response: validationProblem(
      c,
      result.errors.map((e: FieldIssue) => ({
        path: issuePointer(e.path),
        rule: e.rule,
        message: e.message,
      })),
    ),
  };
}

const responses = {
  202: {
    description: 'Committed; delivered asynchronously',
    content: { 'application/json': { schema: AcceptedSchema } },
  },
  400: problemResponse('Invalid or unmappable message: every failing field is listed'),
  401: problemResponse('Missing or invalid credentials'),
  403: problemResponse('The member lacks the right'),
  422: problemResponse('Idempotency-Key reused with another body'),
};

/** Documentation only: the handlers read the header in submit(). */
const IdempotencyHeader = z.object({
  'idempotency-key': z.string().optional().openapi({
    description:
      'An opaque key of 1–255 visible ASCII characters: a resend with the same key and body is answered as the first one',
  }),
});

const submissionDescription = (right: string) =>
  `Needs the right ${right}. The message is validated and mapped to the canonical model (every failing field is listed in the 400, by its one-stop field path), then committed with its deliveries before the 202 (a 2xx is durable); a resend with the same Idempotency-Key or content is answered with the first exchange and Idempotent-Replayed: true.`;

export function oneStopRoutes(deps: OneStopRouteDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  const document = (
    path: string,
    operationId: string,
    right: string,
    summary: string,
    schema:
      | typeof OneStopHoSoSchema
      | typeof OneStopQuaTrinhXuLySchema
      | typeof OneStopKetQuaPushSchema,
    example: unknown,
  ) =>
    app.openAPIRegistry.registerPath(
      createRoute({
        method: 'post',
        path,
        operationId,
        tags: ['dossiers'],
        summary,
        description: submissionDescription(right),
        request: {
          headers: IdempotencyHeader,
          body: { content: { 'application/json': { schema, example } }, required: true },
        },
        responses,
      }),
    );

  document(
    '/api/v1/one-stop/dossiers',
    'submitOneStopDossier',
    'dossier.submit',
    'Submit a dossier in the one-stop format (HoSo)',
    OneStopHoSoSchema,
    oneStopHoSoExample,
  );
  app.post('/api/v1/one-stop/dossiers', deps.right('dossier.submit'), async (c) => {
    const dossier = mapped<Dossier>(c, oneStopDossierToCanonical as Mapping<unknown, Dossier>);
    if (!dossier.ok) return dossier.response;
    return submit(c, deps.intake, {
      kind: 'dossier',
      dossierCode: dossier.value.code,
      payload: dossier.value,
      procedureCode: dossier.value.procedure.localCode ?? dossier.value.procedure.code,
      sectorCode: dossier.value.sector?.code,
      dossier: projectDossier(dossier.value),
    });
  });

  document(
    '/api/v1/one-stop/events',
    'submitOneStopEvent',
    'progress.submit',
    'Submit a progress event in the one-stop format (QuaTrinhXuLy)',
    OneStopQuaTrinhXuLySchema,
    oneStopQuaTrinhXuLyExample,
  );
  app.post('/api/v1/one-stop/events', deps.right('progress.submit'), async (c) => {
    const event = mapped<DossierEvent>(
      c,
      oneStopEventToCanonical as Mapping<unknown, DossierEvent>,
    );
    if (!event.ok) return event.response;
    return submit(c, deps.intake, {
      kind: 'progress',
      dossierCode: event.value.dossierCode,
      payload: event.value,
      statusChange: { status: event.value.status, finishedAt: null },
    });
  });

  document(
    '/api/v1/one-stop/results',
    'submitOneStopResult',
    'result.submit',
    'Submit a result in the one-stop format (KetQuaPush)',
    OneStopKetQuaPushSchema,
    oneStopKetQuaPushExample,
  );
  app.post('/api/v1/one-stop/results', deps.right('result.submit'), async (c) => {
    const update = mapped<DossierResultUpdate>(
      c,
      oneStopResultPushToCanonical as Mapping<unknown, DossierResultUpdate>,
    );
    if (!update.ok) return update.response;
    const { dossierCode, status, returnedAt, finishedAt, results, note } = update.value;
    const payload = {
      dossierCode,
      source: c.get('member').id,
      status,
      results,
      ...(returnedAt ? { returnedAt } : {}),
      ...(finishedAt ? { finishedAt } : {}),
      ...(note ? { note } : {}),
    };
    return submit(c, deps.intake, {
      kind: 'result',
      dossierCode,
      payload,
      statusChange: {
        status,
        finishedAt: finishedAt ?? null,
        returnedAt: returnedAt ?? null,
        resultDigitized: results.length > 0 ? results.some((r) => r.fileUrl !== undefined) : null,
      },
    });
  });
  return app;
}
