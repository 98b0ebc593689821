// bench:scaleout — the same load through 1 gateway + 1 worker, then 2 + 2 (separate processes through
// the real CLI, each on a fresh database and portal simulator): accepted/s, delivered/s, invariants.
import { mkdtemp } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPool } from '../ops/db/pool.ts';
import { cpuByProcess, startCluster } from './lib/cluster.ts';
import { benchDatabase } from './lib/database.ts';
import { percentile, runJourneys } from './lib/dossier-load.ts';
import { checkDatabase, checkPortalRecords } from './lib/invariants.ts';
import { finishBench, onInterrupt, poll } from './lib/processes.ts';

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 2000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 8);
const DRAIN_TIMEOUT_S = Number(process.env.BENCH_DRAIN_TIMEOUT_S ?? 600);
const TOPOLOGIES = [
  { gateways: 1, workers: 1 },
  { gateways: 2, workers: 2 },
];

interface RunFigures {
  label: string;
  acceptedPerS: number;
  deliveredPerS: number;
  drainLagS: number;
  p50: number;
  p99: number;
  retries: number;
  throttled: number;
  cpu: string;
  /** CPU ms per message (accepted and delivered) of the gateways, the workers and PostgreSQL. */
  cpuPerMessage: { gateway: number; worker: number; postgres: number };
  ok: boolean;
  invariants: string;
}

async function runTopology(gateways: number, workers: number, logDir: string): Promise<RunFigures> {
  const label = `${gateways}+${workers}`;
  console.log(
    `\n${label}: starting PostgreSQL, portal simulator, ${gateways} gateway(s), ${workers} worker(s)`,
  );
  const db = await benchDatabase(`bench_scaleout_${gateways}g${workers}w`);
  onInterrupt(() => db.stop());
  const pool = createPool(db.url, { max: 2 });
  let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
  try {
    cluster = await startCluster({
      databaseUrl: db.url,
      gateways,
      workers,
      members: MEMBERS,
      logDir,
      logPrefix: `${gateways}g${workers}w-`,
    });
    console.log(
      `${label}: load ${DOSSIERS} dossiers × ${EVENTS} events, ${CONCURRENCY} dossiers at once`,
    );
    const cpuBefore = await cpuByProcess(cluster.processes);
    const cpuFrom = performance.now();
    const load = await runJourneys({
      gatewayUrls: cluster.gatewayUrls,
      apiKeys: cluster.apiKeys,
      dossiers: DOSSIERS,
      eventsPerDossier: EVENTS,
      concurrency: CONCURRENCY,
    });
    const expected = [...load.acceptedEvents.values()].reduce((sum, k) => sum + 1 + k, 0);
    const drained = await poll(
      async () => {
        const { rows } = await pool.query<{ pending: number; total: number }>(
          `select count(*) filter (where state = 'pending')::int as pending, count(*)::int as total
             from lienthong.delivery`,
        );
        return rows[0]!.pending === 0 && rows[0]!.total >= expected;
      },
      DRAIN_TIMEOUT_S * 1000,
      250,
    );
    const cpuAfter = await cpuByProcess(cluster.processes);
    const wall = (performance.now() - cpuFrom) / 1000;
    const used = (prefix: string) =>
      [...cpuAfter]
        .filter(([name]) => name.startsWith(prefix))
        .reduce((sum, [name, s]) => sum + s - (cpuBefore.get(name) ?? 0), 0);
    const cpu = [
      `${wall.toFixed(1)} s × ${cpus().length} cores = ${(wall * cpus().length).toFixed(1)} core-s available`,
    ];
    cpu.push(
      ...[...cpuAfter].map(([name, s]) => `${name} ${(s - (cpuBefore.get(name) ?? 0)).toFixed(1)}`),
    );
    const portal = checkPortalRecords(await cluster.portalStats(), load.acceptedEvents);
    const database = await checkDatabase(pool);
    const applied = portal.dossiersApplied + portal.eventsApplied;
    const lastMs = database.lastDeliveredAt ?? Date.now();
    const e2eSeconds = (lastMs - load.startedAtMs) / 1000;
    const ok =
      drained &&
      load.failed.length === 0 &&
      portal.lost.length +
        portal.twice.length +
        portal.outOfOrder.length +
        portal.unexpected.length ===
        0 &&
      database.outOfOrder === 0 &&
      database.exchanges === expected &&
      (database.deliveries.delivered ?? 0) === expected;
    const sample = (list: string[]) =>
      list.length > 0 ? ` (e.g. ${list.slice(0, 3).join('; ')})` : '';
    const invariants = [
      `${drained ? 'drained' : `NOT drained within ${DRAIN_TIMEOUT_S} s`}`,
      `accepted ${load.accepted} = ${load.acceptedEvents.size} dossiers + ${expected - load.acceptedEvents.size} events${load.failed.length ? `, ${load.failed.length} given up${sample(load.failed)}` : ''}`,
      `portal applied ${portal.dossiersApplied} dossiers + ${portal.eventsApplied} events`,
      `lost ${portal.lost.length}${sample(portal.lost)}`,
      `applied twice ${portal.twice.length}${sample(portal.twice)}`,
      `out of order ${portal.outOfOrder.length}${sample(portal.outOfOrder)}`,
      `unexpected ${portal.unexpected.length}`,
      `redeliveries acknowledged without effect ${portal.acknowledgedDuplicates}`,
      `database: ${database.exchanges} exchanges, deliveries ${JSON.stringify(database.deliveries)}, ${database.retriedAttempts} retried attempts, ${database.outOfOrder} completed out of accepted order`,
    ].join('; ');
    console.log(`${label}: ${invariants}`);
    return {
      label,
      acceptedPerS: load.accepted / load.seconds,
      deliveredPerS: applied / e2eSeconds,
      drainLagS: (lastMs - (load.startedAtMs + load.seconds * 1000)) / 1000,
      p50: percentile(load.latenciesMs, 50),
      p99: percentile(load.latenciesMs, 99),
      retries: load.retries,
      throttled: load.throttled,
      cpu: cpu.join(', '),
      cpuPerMessage: {
        gateway: (1000 * used('gateway')) / load.accepted,
        worker: (1000 * used('worker')) / load.accepted,
        postgres: (1000 * used('postgres')) / load.accepted,
      },
      ok,
      invariants,
    };
  } finally {
    await cluster?.stop();
    await pool.end();
    await db.stop();
  }
}

const logDir = await mkdtemp(join(tmpdir(), 'lienthong-scaleout-'));
console.log(`logs: ${logDir}`);
const loadBefore = loadavg()[0]!;
const runs: RunFigures[] = [];
for (const { gateways, workers } of TOPOLOGIES)
  runs.push(await runTopology(gateways, workers, logDir));
const [one, two] = runs as [RunFigures, RunFigures];
const side = (name: string, pick: (r: RunFigures) => number, digits = 0, ratio = true) =>
  `${name}: 1+1 = ${pick(one).toFixed(digits)}, 2+2 = ${pick(two).toFixed(digits)}${ratio ? ` (${(pick(two) / pick(one)).toFixed(2)}×)` : ''}`;
const lines = [
  `load: ${DOSSIERS} dossiers × ${EVENTS} progress events (${DOSSIERS * (EVENTS + 1)} requests), ${CONCURRENCY} dossiers at once (events of a dossier one after the other), ${MEMBERS} members, requests round-robin over the gateways; portal simulator in its own process without its rate limit; embedded PostgreSQL, fresh per run; config bench/scaleout.config.ts (batchSize 100, concurrency 2, callConcurrency 64)`,
  side('accepted/s at the gateways (202s ÷ load time)', (r) => r.acceptedPerS),
  side(
    'delivered/s end to end (applied by the portal ÷ time from first request to last delivery)',
    (r) => r.deliveredPerS,
  ),
  side('last delivery after the last 202, s', (r) => Math.max(0, r.drainLagS), 1, false),
  side('gateway latency p50, ms', (r) => r.p50, 1),
  side('gateway latency p99, ms', (r) => r.p99, 1),
  `load retries (429 / 5xx / network): 1+1 = ${one.retries} (${one.throttled} × 429), 2+2 = ${two.retries} (${two.throttled} × 429)`,
  side('CPU ms per message, gateways', (r) => r.cpuPerMessage.gateway, 2),
  side('CPU ms per message, workers', (r) => r.cpuPerMessage.worker, 2),
  side('CPU ms per message, PostgreSQL', (r) => r.cpuPerMessage.postgres, 2),
  `CPU seconds from first request to drained, 1+1 — ${one.cpu}`,
  `CPU seconds from first request to drained, 2+2 — ${two.cpu}`,
  `invariants 1+1 — ${one.ok ? 'PASS' : 'FAIL'}: ${one.invariants}`,
  `invariants 2+2 — ${two.ok ? 'PASS' : 'FAIL'}: ${two.invariants}`,
  `load average (1 min) before ${loadBefore.toFixed(2)}, after ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores shared with other work: PostgreSQL, simulator, load generator and lienthong all compete for them`,
];
await finishBench('bench:scaleout', lines, one.ok && two.ok, logDir);
