// /api/v1/exchanges: an exchange's status per target, search, and its timeline.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import {
  ExchangeListSchema,
  ExchangeViewSchema,
  TimelineSchema,
} from '../../contracts/api/exchanges.ts';
import type { ExchangeReader } from '../../ops/delivery/exchange-reader.ts';
import { problemResponse } from '../openapi.ts';
import { problem } from '../problem.ts';
import { validationHook } from '../validation.ts';

export interface ExchangeRouteDeps {
  exchanges: ExchangeReader;
  right: (name: string) => MiddlewareHandler;
}

const IdParam = z.object({ id: z.uuid().openapi({ description: 'The exchange id' }) });
const denied = {
  401: problemResponse('Missing or invalid credentials'),
  403: problemResponse('The member lacks the right'),
};

export function exchangeRoutes(deps: ExchangeRouteDeps): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/exchanges/{id}',
      operationId: 'getExchange',
      tags: ['exchanges'],
      summary: 'An exchange and the status of its delivery to each target',
      description:
        'Needs the right exchange.read. The exchange as accepted, with the status, attempts and reason of each delivery (and, when parked, the delivery it waits behind).',
      middleware: [deps.right('exchange.read')] as const,
      request: { params: IdParam },
      responses: {
        200: {
          description: 'The exchange',
          content: { 'application/json': { schema: ExchangeViewSchema } },
        },
        404: problemResponse('No such exchange'),
        ...denied,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const exchange = await deps.exchanges.byId(id);
      if (!exchange)
        return problem(c, 'resource.not_found', { detail: `no exchange ${id}` }) as never;
      return c.json(exchange, 200) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/exchanges',
      operationId: 'searchExchanges',
      tags: ['exchanges'],
      summary: 'Search exchanges by dossier, source, target, status, trace id or time range',
      description:
        'Needs the right exchange.read. Filters combine with AND; newest first, at most `limit` items (default 50).',
      middleware: [deps.right('exchange.read')] as const,
      request: {
        query: z.object({
          dossierCode: z
            .string()
            .max(100)
            .optional()
            .openapi({ description: 'Exchanges of this dossier' }),
          source: z
            .string()
            .max(64)
            .optional()
            .openapi({ description: 'Exchanges sent by this member' }),
          target: z
            .string()
            .max(64)
            .optional()
            .openapi({ description: 'Exchanges with a delivery to this target' }),
          status: z
            .enum(['pending', 'delivered', 'failed', 'parked', 'skipped'])
            .optional()
            .openapi({ description: 'Exchanges with a delivery in this state' }),
          traceId: z
            .string()
            .regex(/^[0-9a-f]{32}$/)
            .optional()
            .openapi({ description: 'The W3C trace id of the accepting request' }),
          from: z.iso
            .datetime({ offset: true })
            .optional()
            .openapi({ description: 'Accepted at or after this instant' }),
          to: z.iso
            .datetime({ offset: true })
            .optional()
            .openapi({ description: 'Accepted before this instant' }),
          limit: z.coerce
            .number()
            .int()
            .min(1)
            .max(500)
            .optional()
            .openapi({ description: 'Most items returned' }),
        }),
      },
      responses: {
        200: {
          description: 'Newest first',
          content: { 'application/json': { schema: ExchangeListSchema } },
        },
        ...denied,
      },
    }),
    async (c) => c.json({ items: await deps.exchanges.search(c.req.valid('query')) }, 200) as never,
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/exchanges/{id}/timeline',
      operationId: 'getExchangeTimeline',
      tags: ['exchanges'],
      summary: "An exchange's timeline: accepted, each attempt, operator actions",
      description:
        'Needs the right exchange.read. Every event of the exchange and its deliveries, in time order.',
      middleware: [deps.right('exchange.read')] as const,
      request: { params: IdParam },
      responses: {
        200: {
          description: 'In time order',
          content: { 'application/json': { schema: TimelineSchema } },
        },
        404: problemResponse('No such exchange'),
        ...denied,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const entries = await deps.exchanges.timeline(id);
      if (entries.length === 0)
        return problem(c, 'resource.not_found', { detail: `no exchange ${id}` }) as never;
      return c.json({ exchangeId: id, entries }, 200) as never;
    },
  );
  return app;
}
