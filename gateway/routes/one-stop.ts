// /api/v1/one-stop: the one-stop system submits in its own format (HoSo, QuaTrinhXuLy, KetQuaPush);
// each is prepared (parsed, mapped to the canonical model: one-stop-submissions.ts, on a worker
// thread when the app has them), then accepted like any canonical submission.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Handler, MiddlewareHandler } from 'hono';
import { AcceptedSchema } from '../../contracts/api/submissions.ts';
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
import type { Intake } from '../../ops/delivery/intake.ts';
import type { JsonLimits } from '../json-bytes.ts';
import { jsonBodyBytes } from '../middleware/json-body.ts';
import { problemResponse } from '../openapi.ts';
import { problem } from '../problem.ts';
import type { SubmissionPreparer } from '../submission-workers.ts';
import { validationProblem } from '../validation.ts';
import type { OneStopKind } from './one-stop-submissions.ts';
import { submit } from './submit.ts';

export interface OneStopRouteDeps {
  intake: Intake;
  right: (name: string) => MiddlewareHandler;
  /** Inline, or a pool of worker threads. */
  submissions: SubmissionPreparer;
  jsonLimits: JsonLimits;
}

function prepared(deps: OneStopRouteDeps, kind: OneStopKind): Handler {
  return async (c) => {
    const bytes = await jsonBodyBytes(c);
    if (bytes === 'unreadable')
      return problem(c, 'request.malformed_json', { detail: 'the body could not be read' });
    const preparation = await deps.submissions.prepare(kind, bytes, {
      memberId: c.get('member').id,
      requestLine: `${c.req.method} ${c.req.path}`,
      limits: deps.jsonLimits,
    });
    if (preparation.ok) return submit(c, deps.intake, preparation.fields, preparation.requestHash);
    if (preparation.reason === 'mapping') return validationProblem(c, preparation.errors);
    return problem(c, preparation.code, { detail: preparation.detail });
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

/** The three submissions: one row each, for the route, its documentation and jsonDepth. */
const SUBMISSIONS = [
  {
    path: '/api/v1/one-stop/dossiers',
    kind: 'dossier',
    operationId: 'submitOneStopDossier',
    right: 'dossier.submit',
    summary: 'Submit a dossier in the one-stop format (HoSo)',
    schema: OneStopHoSoSchema,
    example: oneStopHoSoExample,
  },
  {
    path: '/api/v1/one-stop/events',
    kind: 'progress',
    operationId: 'submitOneStopEvent',
    right: 'progress.submit',
    summary: 'Submit a progress event in the one-stop format (QuaTrinhXuLy)',
    schema: OneStopQuaTrinhXuLySchema,
    example: oneStopQuaTrinhXuLyExample,
  },
  {
    path: '/api/v1/one-stop/results',
    kind: 'result',
    operationId: 'submitOneStopResult',
    right: 'result.submit',
    summary: 'Submit a result in the one-stop format (KetQuaPush)',
    schema: OneStopKetQuaPushSchema,
    example: oneStopKetQuaPushExample,
  },
] as const satisfies ReadonlyArray<{ kind: OneStopKind; [field: string]: unknown }>;

/** The paths whose handlers read and check their JSON body themselves (jsonDepth leaves them). */
export const ONE_STOP_SUBMISSION_PATHS: ReadonlySet<string> = new Set(
  SUBMISSIONS.map((s) => s.path),
);

export function oneStopRoutes(deps: OneStopRouteDeps): OpenAPIHono {
  const app = new OpenAPIHono();
  for (const { path, kind, operationId, right, summary, schema, example } of SUBMISSIONS) {
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
    app.post(path, deps.right(right), prepared(deps, kind));
  }
  return app;
}
