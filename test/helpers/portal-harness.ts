// Delivery acceptance harness on real sockets: the gateway over HTTP, the delivery engine and the
// national-portal simulator, with a counting port, the circuit's transitions and realistic dossiers.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Simulator } from '../../connectors/kit/simulator/index.ts';
import { type RunningSimulator, startSimulator } from '../../connectors/kit/simulator/index.ts';
import {
  createPortalSimulator,
  definition,
  PORTAL_CODES,
  PORTAL_SIMULATOR_PATHS,
  sandbox,
} from '../../connectors/national-portal/index.ts';
import { createDossierGenerator } from '../../connectors/one-stop/generator/index.ts';
import { formatVnInstant } from '../../connectors/one-stop/generator/vietnam-time.ts';
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import type { DossierEvent } from '../../contracts/canonical/dossier-event.ts';
import type { PortalProgressItem } from '../../contracts/wire/national-portal/index.ts';
import { createDossierToPortalMapping } from '../../mappings/national-portal/index.ts';
import { oneStopDossierToCanonical } from '../../mappings/one-stop/index.ts';
import { migrate } from '../../ops/db/migrate.ts';
import { createPool, type Pool } from '../../ops/db/pool.ts';
import { portFromConnector } from '../../ops/delivery/connector-port.ts';
import { type DeliveryEngine, startDelivery } from '../../ops/delivery/engine.ts';
import { type DeliveryPolicy, defaultPolicy } from '../../ops/delivery/policy.ts';
import type { DeliveryPort } from '../../ops/delivery/port.ts';
import { startBoss } from '../../ops/queue/boss.ts';
import { createLogger } from '../../ops/telemetry/logger.ts';
import { buildTestApp, memberKey } from './app.ts';
import { createTestDatabase } from './database.ts';
import { seeded, waitFor } from './delivery.ts';

export const TARGET = 'national-portal';
const MEMBER = 'one-stop-hn';

/**
 * The shipped portal policy (lienthong.config.ts: batches of 50, 2 lanes, 50 calls/s) with fast
 * retries and a short breaker for tests. maxAttempts is 30, not 12: at 20% failures a dossier sync
 * (two calls) fails an attempt 36% of the time, and 0.36^12 × 1,000 dossiers would flake 1 run in 200.
 */
export const TEST_POLICY = defaultPolicy({
  batchSize: 50,
  concurrency: 2,
  maxAttempts: 30,
  maxAgeHours: 72,
  rateLimit: { perSecond: 50, burst: 100 },
  baseDelayMs: 10,
  maxDelayMs: 200,
  idlePollMs: 20,
  breaker: { failureThreshold: 5, openMs: 500, maxOpenMs: 4_000 },
});

/** One port call as the engine made it: when, which method, which deliveries (by key). */
export interface PortCall {
  at: number;
  method: 'deliver' | 'deliverBatch';
  keys: string[];
}

function countingPort(inner: DeliveryPort, calls: PortCall[]): DeliveryPort {
  const record = (method: PortCall['method'], keys: string[]) =>
    calls.push({ at: Date.now(), method, keys });
  return {
    ...(inner.batchLimits ? { batchLimits: inner.batchLimits } : {}),
    deliver(delivery, ctx) {
      record('deliver', [delivery.key]);
      return inner.deliver(delivery, ctx);
    },
    ...(inner.deliverBatch
      ? {
          deliverBatch(deliveries, ctx) {
            record(
              'deliverBatch',
              deliveries.map((d) => d.key),
            );
            return inner.deliverBatch!(deliveries, ctx);
          },
        }
      : {}),
  };
}

/** A portal-side rule a test switches on and off: progress items it refuses as invalid data (4). */
export interface PortalRules {
  rejectProgress?: ((item: PortalProgressItem) => boolean) | undefined;
}

/** The simulator behind a front that applies the rules, then hands every request on unchanged. */
function withRules(sim: Simulator, rules: PortalRules): Simulator {
  const front = new Hono();
  front.post(PORTAL_SIMULATOR_PATHS.integration, async (c, next) => {
    const reject = rules.rejectProgress;
    if (!reject) return next();
    const body = (await c.req.raw
      .clone()
      .json()
      .catch(() => null)) as { service?: string; data?: PortalProgressItem[] } | null;
    if (body?.service !== 'CapNhatTienDoHoSoMC' || !body.data?.some(reject)) return next();
    sim.count('rejected', 'invalidData');
    return c.json({ error_code: PORTAL_CODES.invalidData, message: 'Dữ liệu không hợp lệ' });
  });
  front.all('*', (c) => sim.app.fetch(c.req.raw, c.env));
  return { ...sim, app: front };
}

export interface CircuitChange {
  at: number;
  from: string;
  to: string;
  reason: string;
}

export interface Api {
  call<T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
}

export interface PortalHarness {
  pool: Pool;
  api: Api;
  portal: RunningSimulator;
  rules: PortalRules;
  engine: DeliveryEngine;
  policy: DeliveryPolicy;
  portCalls: PortCall[];
  circuit: CircuitChange[];
  /** 'delivery batch failed' log lines of the engine (a settle that did not commit). */
  batchErrors: unknown[];
  /** Deliveries to the portal by state, e.g. { delivered: 57, dead: 1, pending: 2 }. */
  states(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

export async function startPortalHarness(options: {
  seed: number;
  policy?: DeliveryPolicy;
}): Promise<PortalHarness> {
  // Undone in reverse on stop(), or at once if starting fails half-way.
  const undo: Array<() => Promise<unknown>> = [];
  const stop = async () => {
    for (const step of undo.splice(0).reverse()) await step();
  };
  try {
    return await start(options.seed, options.policy ?? TEST_POLICY, undo, stop);
  } catch (error) {
    await stop();
    throw error;
  }
}

async function start(
  seed: number,
  policy: DeliveryPolicy,
  undo: Array<() => Promise<unknown>>,
  stop: () => Promise<void>,
): Promise<PortalHarness> {
  const db = await createTestDatabase('dlv');
  undo.push(() => db.drop());
  const pool = createPool(db.url, { max: 20 });
  undo.push(() => pool.end());
  await migrate(pool);
  const boss = await startBoss(db.url, createLogger({ level: 'silent', format: 'json' }));
  undo.push(() => boss.stop({ graceful: false }));
  const routes = [
    { kind: 'dossier' as const, from: MEMBER, to: [TARGET] },
    { kind: 'progress' as const, from: MEMBER, to: [TARGET], followsDossier: true },
  ];
  // 6,000 submissions must not meet the per-member rate limit: it is not what is under test.
  const limits = { perSecond: 100_000, burst: 100_000 };
  const { app, members } = await buildTestApp({ pool, boss, routes, limits });
  const rights = [
    'dossier.submit',
    'progress.submit',
    'exchange.read',
    'deadletter.read',
    'deadletter.replay',
  ];
  const apiKey = await memberKey(members, MEMBER, rights);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  undo.push(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const gatewayUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const rules: PortalRules = {};
  const portal = await startSimulator(withRules(createPortalSimulator({ seed }), rules), {
    port: 0,
    host: '127.0.0.1',
  });
  undo.push(() => portal.close());
  const created = definition.instantiate(sandbox.settings(portal.url));
  if (!created.ok) throw new Error(`portal settings refused: ${JSON.stringify(created.issues)}`);
  const connector = created.connector;
  undo.push(async () => connector.close?.());
  const portCalls: PortCall[] = [];
  const circuit: CircuitChange[] = [];
  const batchErrors: unknown[] = [];
  const logLines = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        if (entry.msg === 'circuit state changed')
          circuit.push({
            at: entry.time as number,
            from: String(entry.from),
            to: String(entry.to),
            reason: String(entry.reason),
          });
        if (entry.msg === 'delivery batch failed') batchErrors.push(entry.err);
      }
      done();
    },
  });
  const engine = await startDelivery({
    pool,
    boss,
    logger: createLogger({ level: 'warn', format: 'json', destination: logLines }),
    targets: [{ id: TARGET, port: countingPort(portFromConnector(connector), portCalls), policy }],
    random: seeded(seed),
  });
  undo.push(() => engine.stop());

  const api: Api = {
    async call<T>(method: 'GET' | 'POST', path: string, body?: unknown) {
      const res = await fetch(`${gatewayUrl}${path}`, {
        method,
        headers: {
          'x-api-key': apiKey,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: (text === '' ? null : JSON.parse(text)) as T };
    },
  };

  return {
    pool,
    api,
    portal,
    rules,
    engine,
    policy,
    portCalls,
    circuit,
    batchErrors,
    async states() {
      const { rows } = await pool.query<{ state: string; n: number }>(
        'select state, count(*)::int as n from lienthong.delivery where target = $1 group by state',
        [TARGET],
      );
      return Object.fromEntries(rows.map((r) => [r.state, r.n]));
    },
    stop,
  };
}

/** Waits until the portal's deliveries are in exactly these states (fails at once on a surprise dead letter). */
export async function waitForStates(
  h: PortalHarness,
  expected: Record<string, number>,
  timeoutMs: number,
): Promise<void> {
  let last: Record<string, number> = {};
  try {
    await waitFor(
      async () => {
        last = await h.states();
        if ((last.dead ?? 0) > (expected.dead ?? 0))
          throw new Error(`unexpected dead letters: ${JSON.stringify(last)}`);
        return JSON.stringify(sorted(last)) === JSON.stringify(sorted(expected));
      },
      timeoutMs,
      200,
    );
  } catch (error) {
    throw new Error(`deliveries ${JSON.stringify(last)}, wanted ${JSON.stringify(expected)}`, {
      cause: error,
    });
  }
}

const sorted = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort());

/** A dossier and the progress events a one-stop desk sends after it, in order. */
export interface Journey {
  dossier: Dossier;
  events: DossierEvent[];
}

const STEPS: Array<Pick<DossierEvent, 'status' | 'content'>> = [
  { status: 'processing', content: 'Chuyển hồ sơ đến bộ phận chuyên môn giải quyết' },
  { status: 'awaiting_supplement', content: 'Yêu cầu bổ sung bản chụp giấy tờ tùy thân' },
  { status: 'processing', content: 'Công dân đã bổ sung hồ sơ, tiếp tục giải quyết' },
  { status: 'processing', content: 'Thẩm định hồ sơ, trình lãnh đạo ký duyệt' },
  { status: 'resolved', content: 'Lãnh đạo đã ký duyệt kết quả giải quyết' },
];

/**
 * Seeded one-stop dossiers (the sandbox generator) in the canonical model, each with up to five
 * events an hour apart. Only dossiers the portal mapping accepts are kept: about a quarter of the
 * generated ones list paper documents without a download URL, which the portal cannot take.
 */
export function portalJourneys(seed: number, count: number, eventsEach: number): Journey[] {
  const generator = createDossierGenerator({ seed });
  const toPortal = createDossierToPortalMapping({ provinceSuffix: 'H26' });
  const journeys: Journey[] = [];
  const codes = new Set<string>();
  const start = Date.UTC(2025, 8, 15, 2, 0, 0);
  for (let i = 0; journeys.length < count; i++) {
    const mapped = oneStopDossierToCanonical.run(generator.newDossier(start + i * 1000).hoSo);
    if (!mapped.ok || !toPortal.run(mapped.value).ok || codes.has(mapped.value.code)) continue;
    const dossier = mapped.value as Dossier;
    codes.add(dossier.code);
    const received = Date.parse(dossier.dates.receivedAt ?? dossier.dates.submittedAt);
    const events = STEPS.slice(0, eventsEach).map((step, k) => ({
      dossierCode: dossier.code,
      sequence: k + 1,
      actor: { name: 'Trần Thị Mai', title: 'Chuyên viên', department: 'Bộ phận Một cửa' },
      at: formatVnInstant(received + (k + 1) * 3_600_000),
      ...step,
    }));
    journeys.push({ dossier, events });
  }
  return journeys;
}

/** Exchange ids the gateway answered for a journey: the dossier's, then each event's. */
export type Accepted = string[];

/**
 * Submits journeys over HTTP: dossiers concurrently (`concurrency` at a time), each dossier's
 * messages one after the other, as a one-stop desk does. Anything but 202 fails.
 */
export async function submitJourneys(
  api: Api,
  journeys: Journey[],
  concurrency: number,
): Promise<Accepted[]> {
  const accepted: Accepted[] = new Array(journeys.length);
  let next = 0;
  const post = async (path: string, body: unknown): Promise<string> => {
    const res = await api.call('POST', path, body);
    if (res.status !== 202)
      throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as { exchangeId: string }).exchangeId;
  };
  const worker = async () => {
    while (next < journeys.length) {
      const index = next++;
      const { dossier, events } = journeys[index]!;
      const ids = [await post('/api/v1/dossiers', dossier)];
      for (const event of events)
        ids.push(await post(`/api/v1/dossiers/${encodeURIComponent(dossier.code)}/events`, event));
      accepted[index] = ids;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return accepted;
}
