// /api/v1/operations: dead letters (list, replay, skip) and target pause/resume, for operators' tools.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { MAX_IDS_PER_ACTION, type OperatorActions } from '../../ops/delivery/operator.ts';
import { problemResponse } from '../openapi.ts';
import { allFieldsHook, validationHook } from '../validation.ts';

export interface OperationRouteDeps {
  operator: OperatorActions;
  right: (name: string) => MiddlewareHandler;
}

const denied = {
  400: problemResponse('Invalid request'),
  401: problemResponse('Missing or invalid credentials'),
  403: problemResponse('The member lacks the right'),
};
const ActionResult = z.object({
  done: z.array(z.uuid()),
  skipped: z.array(z.object({ id: z.string(), why: z.string() })),
});
const Ids = z.array(z.uuid()).min(1).max(MAX_IDS_PER_ACTION);
const json = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

export function operationRoutes(deps: OperationRouteDeps): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/operations/dead-letters',
      operationId: 'listDeadLetters',
      tags: ['operations'],
      summary:
        'Dead-lettered deliveries, with how many later deliveries of the dossier are parked behind each',
      description:
        'Needs the right deadletter.read. Newest first, at most `limit` items (default 100).',
      middleware: [deps.right('deadletter.read')] as const,
      request: {
        query: z.object({
          target: z
            .string()
            .max(64)
            .optional()
            .openapi({ description: 'Dead letters of this target' }),
          dossierCode: z
            .string()
            .max(100)
            .optional()
            .openapi({ description: 'Dead letters of this dossier' }),
          reason: z
            .string()
            .max(200)
            .optional()
            .openapi({ description: 'Dead letters whose last error has this reason' }),
          since: z.iso
            .datetime({ offset: true })
            .optional()
            .openapi({ description: 'Dead-lettered at or after this instant' }),
          limit: z.coerce
            .number()
            .int()
            .min(1)
            .max(1000)
            .optional()
            .openapi({ description: 'Most items returned' }),
        }),
      },
      responses: {
        200: {
          description: 'Newest first',
          content: { 'application/json': { schema: z.object({ items: z.array(z.any()) }) } },
        },
        ...denied,
      },
    }),
    async (c) =>
      c.json({ items: await deps.operator.listDeadLetters(c.req.valid('query')) }, 200) as never,
  );

  const replay = createRoute({
    method: 'post',
    path: '/api/v1/operations/dead-letters/replay',
    operationId: 'replayDeadLetters',
    tags: ['operations'],
    summary:
      'Replay dead letters: re-mapped from the canonical record (remap) or the stored request resent (as_stored)',
    description:
      'Needs the right deadletter.replay. Ids that are not dead letters are listed under skipped with the reason; the action is audited.',
    middleware: [deps.right('deadletter.replay')] as const,
    request: {
      body: json(z.object({ ids: Ids, mode: z.enum(['remap', 'as_stored']).default('remap') })),
    },
    responses: {
      200: {
        description: 'What was replayed',
        content: { 'application/json': { schema: ActionResult } },
      },
      ...denied,
    },
  });
  app.openapi(
    replay,
    async (c) => {
      const { ids, mode } = c.req.valid('json');
      return c.json(
        await deps.operator.replay(ids, { by: `member:${c.get('member').id}`, mode }),
        200,
      ) as never;
    },
    allFieldsHook(replay),
  );

  const skip = createRoute({
    method: 'post',
    path: '/api/v1/operations/dead-letters/skip',
    operationId: 'skipDeadLetters',
    tags: ['operations'],
    summary: 'Skip dead letters with a reason; the deliveries parked behind them are released',
    description:
      'Needs the right deadletter.replay. Ids that are not dead letters are listed under skipped with the reason; the action is audited.',
    middleware: [deps.right('deadletter.replay')] as const,
    request: { body: json(z.object({ ids: Ids, reason: z.string().min(3).max(500) })) },
    responses: {
      200: {
        description: 'What was skipped',
        content: { 'application/json': { schema: ActionResult } },
      },
      ...denied,
    },
  });
  app.openapi(
    skip,
    async (c) => {
      const { ids, reason } = c.req.valid('json');
      return c.json(
        await deps.operator.skip(ids, { by: `member:${c.get('member').id}`, reason }),
        200,
      ) as never;
    },
    allFieldsHook(skip),
  );

  for (const action of ['pause', 'resume'] as const) {
    const route = createRoute({
      method: 'post',
      path: `/api/v1/operations/targets/{target}/${action}`,
      operationId: action === 'pause' ? 'pauseTarget' : 'resumeTarget',
      tags: ['operations'],
      summary:
        action === 'pause'
          ? 'Pause deliveries to a target (no attempts are spent)'
          : 'Resume deliveries to a target',
      description:
        'Needs the right target.pause. Paused targets spend no delivery attempts; the change is audited (a pause with its reason).',
      middleware: [deps.right('target.pause')] as const,
      request: {
        params: z.object({
          target: z
            .string()
            .regex(/^[a-z][a-z0-9-]{1,62}$/)
            .openapi({ description: 'The target (connector) id', example: 'national-portal' }),
        }),
        body: json(z.object({ reason: z.string().min(3).max(500) })),
      },
      responses: { 204: { description: 'Done' }, ...denied },
    });
    app.openapi(
      route,
      async (c) => {
        const { target } = c.req.valid('param');
        const by = `member:${c.get('member').id}`;
        if (action === 'pause')
          await deps.operator.pause(target, { by, reason: c.req.valid('json').reason });
        else await deps.operator.resume(target, { by });
        return c.body(null, 204) as never;
      },
      allFieldsHook(route),
    );
  }
  return app;
}
