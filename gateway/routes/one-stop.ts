// /api/v1/one-stop: the one-stop system submits in its own format (HoSo, QuaTrinhXuLy, KetQuaPush);
// each is mapped to the canonical model, then accepted like any canonical submission.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { AcceptedSchema } from '../../contracts/api/submissions.ts';
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import type { DossierEvent } from '../../contracts/canonical/dossier-event.ts';
import {
  OneStopKetQuaPushSchema,
  OneStopQuaTrinhXuLySchema,
} from '../../contracts/wire/one-stop/events.ts';
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

export function oneStopRoutes(deps: OneStopRouteDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  const document = (
    path: string,
    summary: string,
    schema:
      | typeof OneStopHoSoSchema
      | typeof OneStopQuaTrinhXuLySchema
      | typeof OneStopKetQuaPushSchema,
  ) =>
    app.openAPIRegistry.registerPath(
      createRoute({
        method: 'post',
        path,
        tags: ['dossiers'],
        summary,
        request: { body: { content: { 'application/json': { schema } }, required: true } },
        responses,
      }),
    );

  document(
    '/api/v1/one-stop/dossiers',
    'Submit a dossier in the one-stop format (HoSo)',
    OneStopHoSoSchema,
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
    'Submit a progress event in the one-stop format (QuaTrinhXuLy)',
    OneStopQuaTrinhXuLySchema,
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
    'Submit a result in the one-stop format (KetQuaPush)',
    OneStopKetQuaPushSchema,
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
