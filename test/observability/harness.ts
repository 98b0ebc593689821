// The gateway over real HTTP with metrics, a delivery engine whose port POSTs to a local sink, and
// every log line kept in memory. Import it only after tracing has started (it loads the app).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import { exampleDossier } from '../../contracts/canonical/examples.ts';
import { createApp } from '../../gateway/app.ts';
import { metricsRoutes } from '../../gateway/routes/metrics.ts';
import { listen, type RunningServer } from '../../gateway/server.ts';
import type { Pool } from '../../ops/db/pool.ts';
import { createAcceptor } from '../../ops/delivery/accept.ts';
import { type DeliveryEngine, ensureQueues, startDelivery } from '../../ops/delivery/engine.ts';
import { createExchangeReader } from '../../ops/delivery/exchange-reader.ts';
import { createIntake } from '../../ops/delivery/intake.ts';
import { createOperatorActions } from '../../ops/delivery/operator.ts';
import { defaultPolicy } from '../../ops/delivery/policy.ts';
import type { DeliveryPort } from '../../ops/delivery/port.ts';
import type { TargetWorkerOptions } from '../../ops/delivery/worker.ts';
import { createMemberService } from '../../ops/members/service.ts';
import { type PgBoss, startBoss } from '../../ops/queue/boss.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { createMetrics, type Metrics } from '../../ops/telemetry/metrics.ts';
import { memberKey, TEST_SECRET } from '../helpers/app.ts';
import { createMigratedDatabase, type TestDatabase } from '../helpers/database.ts';

export const policy = defaultPolicy({ baseDelayMs: 5, maxDelayMs: 40, idlePollMs: 20 });

/** What the sink received: one entry per call, in arrival order. */
export interface SinkCall {
  url: string;
  traceparent: string | undefined;
  body: string;
}

export interface Sink {
  url: string;
  calls: SinkCall[];
  /** Answers 503 (echoing the body, as careless systems do) to this many calls first. */
  failNext: number;
  /** Answers 422 (echoing the body) to the calls it matches: a permanent rejection. */
  rejectIf: (body: string) => boolean;
  close(): Promise<void>;
}

async function startSink(): Promise<Sink> {
  const calls: SinkCall[] = [];
  const sink = { calls, failNext: 0, rejectIf: () => false } as unknown as Sink;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      calls.push({ url: req.url ?? '', traceparent: req.headers.traceparent as string, body });
      if (sink.failNext > 0 || sink.rejectIf(body)) {
        const status = sink.failNext > 0 ? 503 : 422;
        if (status === 503) sink.failNext--;
        res.writeHead(status, { 'content-type': 'application/json' }).end(body);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sink.close = () =>
    new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
  return sink;
}

/** A connector-like port: one outbound fetch per delivery; a failure quotes the answer. */
function sinkPort(sink: Sink): DeliveryPort {
  return {
    async deliver(delivery, { signal }) {
      const res = await fetch(`${sink.url}/receive/${encodeURIComponent(delivery.key)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind: delivery.kind, payload: delivery.payload }),
        signal,
      });
      const text = await res.text();
      if (!res.ok) {
        const rejected = res.status >= 400 && res.status < 500;
        throw Object.assign(new Error(`sink answered ${res.status}: ${text}`), {
          errorClass: rejected ? 'permanent' : 'transient',
          reason: rejected ? 'sink.rejected' : 'sink.unavailable',
          response: text,
        });
      }
      return { applied: 'created', response: text };
    },
  };
}

export interface Harness {
  db: TestDatabase & { pool: Pool };
  boss: PgBoss;
  metrics: Metrics;
  baseUrl: string;
  sink: Sink;
  /** Every log line written by the gateway, the queue and the workers. */
  logLines: string[];
  apiKey: string;
  /** Workers for the first target only: the others keep their deliveries pending. */
  startEngine(options?: { onSettled?: TargetWorkerOptions['onSettled'] }): Promise<DeliveryEngine>;
  postDossier(dossier: Dossier, key?: string): Promise<Response>;
  stop(): Promise<void>;
}

export async function startHarness(options: {
  targets: [string, ...string[]];
  logLevel?: string;
  sloSeconds?: number;
}): Promise<Harness> {
  const [worked] = options.targets;
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ level: options.logLevel ?? 'info', format: 'json', destination });
  const db = await createMigratedDatabase('obs');
  const boss = await startBoss(db.url, logger);
  const metrics = createMetrics({
    targets: options.targets,
    ...(options.sloSeconds !== undefined ? { sloSeconds: options.sloSeconds } : {}),
  });
  await ensureQueues(
    boss,
    options.targets.map((id) => ({ id, policy })),
  );
  const members = createMemberService({ pool: db.pool, tokenSecret: TEST_SECRET });
  const acceptor = createAcceptor({ pool: db.pool, boss });
  const routes = [{ kind: 'dossier' as const, from: '*', to: options.targets }];
  const app = createApp({
    logger,
    readiness: async () => ({ database: { ok: true } }),
    version: 'test',
    pool: db.pool,
    members,
    tokensEnabled: true,
    intake: createIntake({ pool: db.pool, acceptor, routes }),
    exchanges: createExchangeReader(db.pool),
    operator: createOperatorActions(db.pool, () => policy),
    metrics,
    extraRoutes: [(root) => root.route('/', metricsRoutes({ metrics, pool: db.pool }))],
  });
  const server: RunningServer = await listen(app, { port: 0, hostname: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const sink = await startSink();
  const apiKey = await memberKey(members, 'one-stop', ['dossier.submit', 'exchange.read']);
  const engines: DeliveryEngine[] = [];

  return {
    db,
    boss,
    metrics,
    baseUrl,
    sink,
    logLines,
    apiKey,
    async startEngine(engineOptions = {}) {
      const engine = await startDelivery({
        pool: db.pool,
        boss,
        logger,
        metrics,
        targets: [{ id: worked, port: sinkPort(sink), policy }],
        ...(engineOptions.onSettled ? { onSettled: engineOptions.onSettled } : {}),
      });
      engines.push(engine);
      return engine;
    },
    postDossier(dossier, key = apiKey) {
      return fetch(`${baseUrl}/api/v1/dossiers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify(dossier),
      });
    },
    async stop() {
      for (const engine of engines) await engine.stop();
      server.server.closeAllConnections();
      await server.close();
      await sink.close();
      await boss.stop({ graceful: false });
      await db.drop();
    },
  };
}

/** The example dossier under another code (codes are agency-yyMMdd-sequence). */
export function dossierNumbered(n: number, owner?: Partial<Dossier['owner']>): Dossier {
  const code = `000.00.00.H26-250314-${String(n).padStart(4, '0')}`;
  return {
    ...exampleDossier,
    code,
    owner: { ...exampleDossier.owner, ...owner } as Dossier['owner'],
  };
}
