// The real gateway with the console mounted, on a real port, with live data: dossiers submitted through
// the API and delivered by the engine to in-process targets, one of which rejects one dossier for good.
import { trace } from '@opentelemetry/api';
import type { Hono } from 'hono';
import { installTestTracing } from '../../connectors/kit/testing/otel.ts';
import { createApp } from '../../gateway/app.ts';
import { listen, type RunningServer } from '../../gateway/server.ts';
import type { ConsoleDeps } from '../../ops/console/deps.ts';
import { consoleRoutes } from '../../ops/console/routes.ts';
import type { Pool } from '../../ops/db/pool.ts';
import { createAcceptor } from '../../ops/delivery/accept.ts';
import { type DeliveryEngine, ensureQueues, startDelivery } from '../../ops/delivery/engine.ts';
import { createExchangeReader } from '../../ops/delivery/exchange-reader.ts';
import { createIntake } from '../../ops/delivery/intake.ts';
import { createOperatorActions } from '../../ops/delivery/operator.ts';
import { defaultPolicy } from '../../ops/delivery/policy.ts';
import type { Route } from '../../ops/delivery/routing.ts';
import { createMemberService } from '../../ops/members/service.ts';
import { type PgBoss, startBoss } from '../../ops/queue/boss.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { memberKey } from '../helpers/app.ts';
import { createMigratedDatabase, type TestDatabase } from '../helpers/database.ts';
import { classified, Ledger } from '../helpers/delivery.ts';

export const PORTAL = 'national-portal';
export const HEALTH = 'sector-health';
export const KPI_TARGETS = {
  onlineShare: 0.8,
  onTimeRate: 0.95,
  digitizedComponents: 0.8,
  resultDigitized: 0.9,
  syncedToPortal: 1,
};

const ROUTES: Route[] = [
  { kind: 'dossier', from: '*', to: [PORTAL, HEALTH] },
  { kind: 'result', from: '*', to: [PORTAL] },
];

export interface ConsoleHarness {
  db: TestDatabase & { pool: Pool };
  boss: PgBoss;
  app: Hono;
  server: RunningServer;
  baseUrl: string;
  apiKey: string;
  portal: Ledger;
  health: Ledger;
  engine: DeliveryEngine;
  stop(): Promise<void>;
}

export async function startConsoleHarness(
  options: { checkConnector?: ConsoleDeps['checkConnector'] } = {},
): Promise<ConsoleHarness> {
  const logger = createLogger({ level: 'silent', format: 'json' });
  // Submissions run inside a span, so their exchanges carry a trace id for the console to show.
  const tracing = installTestTracing();
  const tracer = trace.getTracer('console-test');

  const db = await createMigratedDatabase('console');
  const boss = await startBoss(db.url, logger);
  const policy = defaultPolicy({
    baseDelayMs: 5,
    maxDelayMs: 40,
    idlePollMs: 20,
    maxAttempts: 5,
  });
  const targets = [PORTAL, HEALTH];
  await ensureQueues(
    boss,
    targets.map((id) => ({ id, policy })),
  );
  const members = createMemberService({ pool: db.pool });
  const exchanges = createExchangeReader(db.pool);
  const operator = createOperatorActions(db.pool, () => policy);
  const app = createApp({
    logger,
    readiness: async () => ({ database: { ok: true } }),
    version: 'test',
    pool: db.pool,
    members,
    tokensEnabled: false,
    intake: createIntake({
      pool: db.pool,
      acceptor: createAcceptor({ pool: db.pool, boss }),
      routes: ROUTES,
    }),
    exchanges,
    operator,
    extraRoutes: [
      (root) =>
        root.route(
          '/',
          consoleRoutes({
            pool: db.pool,
            operator,
            exchanges,
            logger,
            targets,
            kpiTargets: KPI_TARGETS,
            ...(options.checkConnector ? { checkConnector: options.checkConnector } : {}),
          }),
        ),
    ],
  });
  // Each request runs in a span, as under the real tracing, so exchanges get a trace id.
  const traced = {
    fetch: (request: Request) =>
      tracer.startActiveSpan('request', async (span) => {
        try {
          return await app.fetch(request);
        } finally {
          span.end();
        }
      }),
  } as unknown as Hono;
  const server = await listen(traced, { port: 0, hostname: '127.0.0.1' });
  const apiKey = await memberKey(members, 'one-stop', ['dossier.submit', 'result.submit']);

  const portal = new Ledger();
  const health = new Ledger();
  const engine = await startDelivery({
    pool: db.pool,
    boss,
    logger,
    targets: [
      { id: PORTAL, port: portal, policy },
      { id: HEALTH, port: health, policy },
    ],
  });
  return {
    db,
    boss,
    app,
    server,
    baseUrl: `http://127.0.0.1:${server.port}`,
    apiKey,
    portal,
    health,
    engine,
    async stop() {
      await server.close();
      await engine.stop();
      await boss.stop({ graceful: false });
      await db.drop();
      await tracing.shutdown();
    },
  };
}

/** Rejects every delivery of one dossier as permanent, until `heal()` is called. */
export function rejectDossier(ledger: Ledger, code: string): { heal(): void } {
  let failing = true;
  ledger.fault = (delivery) =>
    failing && delivery.dossierCode === code
      ? classified('permanent', 'portal.rejected')
      : undefined;
  return {
    heal() {
      failing = false;
    },
  };
}
