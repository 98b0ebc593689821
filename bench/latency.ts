// bench:latency — end-to-end latency of dossiers at a fixed arrival rate, from the 202 at the client
// to the moment the national-portal simulator applied them: lienthong (gateway + worker through the
// CLI) beside the bare minimum durable pipeline (bare Hono + boss.send(), pg-boss work() → POST) in
// the same run, on the same PostgreSQL server and the same simulator program.
import { mkdtemp } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDossierToPortalMapping } from '../mappings/national-portal/index.ts';
import { createPool } from '../ops/db/pool.ts';
import { defaultPolicy } from '../ops/delivery/policy.ts';
import { startBarePipeline } from './lib/bare-pipeline.ts';
import { cpuByProcess, startCluster } from './lib/cluster.ts';
import { benchDatabase, siblingDatabase } from './lib/database.ts';
import { quantile } from './lib/http-load.ts';
import { checkDatabase, checkPortalRecords } from './lib/invariants.ts';
import { epochNow, runOpenLoop } from './lib/open-loop.ts';
import { type BenchProcess, finishBench, onInterrupt, poll } from './lib/processes.ts';
import { dossierBody, dossierCode } from './lib/workload.ts';
import scaleoutConfig from './scaleout.config.ts';

const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
/** Members the load is spread over: the gateway's per-member limit (200/s by default) is not measured. */
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 8);
const DRAIN_TIMEOUT_S = Number(process.env.BENCH_DRAIN_TIMEOUT_S ?? 60);
/** pg-boss 12 refuses a work() polling interval under 0.5 s. */
const BARE_POLL_S = Number(process.env.BENCH_BARE_POLL_S ?? 0.5);
/** 1: the baseline queue has notify on and its boss LISTENs, so an insert wakes the worker at once. */
const BARE_NOTIFY = process.env.BENCH_BARE_NOTIFY ?? '1';
const CONNECTIONS = 64;
/** lienthong's worker runs bench/scaleout.config.ts; the baseline's batches match its policy. */
const POLICY = defaultPolicy(scaleoutConfig.connectors?.['national-portal']?.delivery);
const WARMUP = Math.round(WARMUP_SECONDS * RATE);
const TOTAL = WARMUP + Math.round(SECONDS * RATE);

interface Side {
  label: string;
  origin: string;
  simulatorUrl: string;
  processes: BenchProcess[];
  body(index: number): string;
  headers(index: number): Record<string, string>;
  path: string;
  /** What the side's own database says, once drained: ok and a description. */
  checkStore(accepted: number): Promise<{ ok: boolean; text: string }>;
}

interface Figures {
  latency: number[];
  /** The side's line for the results: latency quantiles, answer times, CPU. */
  summary: string;
  ok: boolean;
  invariants: string;
}

const getJson = async <T>(url: string): Promise<T> => {
  const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
};
const codes = Array.from({ length: TOTAL }, (_, i) => dossierCode(i));

async function measure(side: Side): Promise<Figures> {
  console.log(`${side.label}: ${TOTAL} dossiers at ${RATE}/s (${WARMUP} of them warm-up)`);
  const before = await cpuByProcess(side.processes);
  const load = await runOpenLoop({
    origin: side.origin,
    rate: RATE,
    count: TOTAL,
    connections: CONNECTIONS,
    request: (i) => ({ path: side.path, body: side.body(i), headers: side.headers(i) }),
  });
  const accepted = new Map<string, number>();
  const refused: Record<number, number> = {};
  load.statuses.forEach((status, i) => {
    if (status === 202) accepted.set(codes[i]!, 0);
    else refused[status] = (refused[status] ?? 0) + 1;
  });
  const appliedCount = `${side.simulatorUrl}/__bench/applied-count`;
  const drained = await poll(
    async () => (await getJson<{ count: number }>(appliedCount)).count >= accepted.size,
    DRAIN_TIMEOUT_S * 1000,
    100,
  );
  const after = await cpuByProcess(side.processes);
  // The last batches may still be settling after the portal applied them.
  await poll(async () => (await side.checkStore(accepted.size)).ok, 10_000, 100);
  const appliedAt = await getJson<Record<string, number>>(
    `${side.simulatorUrl}/__bench/applied-times`,
  );
  const latency: number[] = [];
  const fromSend: number[] = [];
  for (let i = WARMUP; i < TOTAL; i++) {
    const applied = appliedAt[codes[i]!];
    if (load.statuses[i] !== 202 || applied === undefined) continue;
    latency.push(applied - load.answeredAt[i]!);
    fromSend.push(applied - load.sentAt[i]!);
  }
  latency.sort((a, b) => a - b);
  fromSend.sort((a, b) => a - b);
  const answers = Array.from(load.latencyMs.subarray(WARMUP))
    .filter((n) => !Number.isNaN(n))
    .sort((a, b) => a - b);
  const q = (sorted: number[], p: number) => quantile(sorted, p).toFixed(1);
  const portal = checkPortalRecords(await getJson(`${side.simulatorUrl}/__admin/stats`), accepted);
  const store = await side.checkStore(accepted.size);
  const perMessage = (prefix: string) =>
    [...after]
      .filter(([name]) => name.startsWith(prefix))
      .reduce((sum, [name, s]) => sum + s - (before.get(name) ?? 0), 0) /
    Math.max(1, accepted.size);
  const cpu = ['gateway', 'worker', 'postgres', 'portal-simulator']
    .map((p) => `${p} ${(perMessage(p) * 1000).toFixed(2)}`)
    .join(', ');
  const summary = `${latency.length} measured, 202 → applied p50 ${q(latency, 0.5)} ms, p90 ${q(latency, 0.9)} ms, p99 ${q(latency, 0.99)} ms, max ${q(latency, 1)} ms (min ${q(latency, 0)}); request sent → applied p50 ${q(fromSend, 0.5)} ms, p99 ${q(fromSend, 0.99)} ms; request → 202 p50 ${q(answers, 0.5)} ms, p99 ${q(answers, 0.99)} ms; CPU ms per message: ${cpu}; largest send lag ${load.maxSendLagMs.toFixed(1)} ms`;
  const ok =
    drained &&
    Object.keys(refused).length === 0 &&
    portal.lost.length + portal.twice.length + portal.unexpected.length === 0 &&
    portal.dossiersApplied === accepted.size &&
    store.ok;
  const invariants = [
    drained ? 'drained' : `NOT drained within ${DRAIN_TIMEOUT_S} s`,
    `accepted ${accepted.size} of ${TOTAL}${Object.keys(refused).length ? ` (refused ${JSON.stringify(refused)})` : ''}`,
    `portal applied ${portal.dossiersApplied}, lost ${portal.lost.length}, twice ${portal.twice.length}, unexpected ${portal.unexpected.length}`,
    store.text,
  ].join('; ');
  console.log(`${side.label}: ${ok ? 'PASS' : 'FAIL'}: ${invariants}`);
  return { latency, summary, ok, invariants };
}

async function bareSide(databaseUrl: string, logDir: string): Promise<Figures> {
  const bare = await startBarePipeline({
    databaseUrl,
    logDir,
    notify: BARE_NOTIFY === '1',
    pollingIntervalSeconds: BARE_POLL_S,
    batchSize: POLICY.batchSize,
    lanes: POLICY.concurrency,
  });
  const pool = createPool(databaseUrl, { max: 1 });
  try {
    const mapping = createDossierToPortalMapping({ provinceSuffix: 'H26' });
    // Mapped before the clock starts: the baseline carries the portal's format as it is.
    const bodies = codes.map((code) => {
      const mapped = mapping.run(dossierBody(code));
      if (!mapped.ok) throw new Error(`mapping ${code}: ${JSON.stringify(mapped.errors)}`);
      return JSON.stringify(mapped.value);
    });
    return await measure({
      label: 'bare',
      origin: bare.gatewayUrl,
      simulatorUrl: bare.simulatorUrl,
      processes: bare.processes,
      path: '/ingest',
      body: (i) => bodies[i]!,
      headers: () => ({ 'content-type': 'application/json' }),
      async checkStore(accepted) {
        const { rows } = await pool.query<{ state: string; n: number }>(
          "select state, count(*)::int as n from pgboss.job where name = 'bare' group by state",
        );
        const states = Object.fromEntries(rows.map((r) => [r.state, r.n]));
        return {
          ok: states.completed === accepted && rows.length === 1,
          text: `pg-boss jobs ${JSON.stringify(states)}`,
        };
      },
    });
  } finally {
    await pool.end();
    await bare.stop();
  }
}

async function lienthongSide(databaseUrl: string, logDir: string): Promise<Figures> {
  const cluster = await startCluster({
    databaseUrl,
    gateways: 1,
    workers: 1,
    members: MEMBERS,
    logDir,
    logPrefix: 'lienthong-',
    simulatorArgs: ['--applied-times'],
  });
  const pool = createPool(databaseUrl, { max: 1 });
  try {
    const bodies = codes.map((code) => JSON.stringify(dossierBody(code)));
    return await measure({
      label: 'lienthong',
      origin: cluster.gatewayUrls[0]!,
      simulatorUrl: cluster.simulatorUrl,
      processes: cluster.processes,
      path: '/api/v1/dossiers',
      body: (i) => bodies[i]!,
      headers: (i) => ({
        'content-type': 'application/json',
        // One member per dossier, as bench:scaleout: Idempotency-Keys are scoped to the member.
        'x-api-key': cluster.apiKeys[i % cluster.apiKeys.length]!,
        'idempotency-key': `bench-${codes[i]}`,
      }),
      async checkStore(accepted) {
        const db = await checkDatabase(pool);
        const delivered = db.deliveries.delivered ?? 0;
        return {
          ok: db.exchanges === accepted && delivered === accepted,
          text: `database: ${db.exchanges} exchanges, deliveries ${JSON.stringify(db.deliveries)}, ${db.retriedAttempts} retried attempts`,
        };
      },
    });
  } finally {
    await cluster.stop();
    await pool.end();
  }
}

const logDir = await mkdtemp(join(tmpdir(), 'lienthong-latency-'));
console.log(`logs: ${logDir}`);
const db = await benchDatabase('bench_latency');
onInterrupt(() => db.stop());
const loadBefore = loadavg()[0]!;
const started = epochNow();
let runs: Figures[];
try {
  const bare = await bareSide(await siblingDatabase(db.url, 'bench_latency_bare'), logDir);
  runs = [bare, await lienthongSide(db.url, logDir)];
} finally {
  await db.stop();
}
const [bare, ours] = runs as [Figures, Figures];
const lines = [
  `open loop: ${RATE} dossiers/s for ${SECONDS} s after ${WARMUP_SECONDS} s of warm-up at the same rate (latencies of the warm-up not counted), ${CONNECTIONS} client sockets; latency = when the portal simulator applied the dossier (DongBoHoSoMC) − when the 202 reached the client, both on performance.timeOrigin + now() of their process (negative when the dossier was applied before its 202 reached the client); CPU per message over the window from the first request to drained, idle polling included; one ${process.env.BENCH_DATABASE_URL ? 'external (BENCH_DATABASE_URL)' : 'embedded'} PostgreSQL server (a database per side), each side with its own portal simulator process (no rate limit); ${cpus().length} cores shared with whatever else runs`,
  `polling: lienthong's worker (bench/scaleout.config.ts) fetches in a loop and sleeps idlePollMs ${POLICY.idlePollMs} per lane when a fetch is empty, ${POLICY.concurrency} lanes, batchSize ${POLICY.batchSize}, callConcurrency ${POLICY.callConcurrency}, and an idle lane wakes on pg-boss's NOTIFY (ops/queue/job-notifications.ts); baseline: pg-boss work() with pollingIntervalSeconds ${BARE_POLL_S} and notifyPollingIntervalSeconds ${BARE_POLL_S} (0.5 is pg-boss 12's minimum), queue notify ${BARE_NOTIFY === '1' ? 'on with useListenNotify (an insert wakes the worker at once)' : 'off (polling only)'}, batchSize ${POLICY.batchSize}, localConcurrency ${POLICY.concurrency}`,
  `baseline (bare Hono handler, boss.send() of the portal-format body → 202; pg-boss work() → one DongBoHoSoMC POST per job): ${bare.summary}`,
  `lienthong (1 gateway + 1 worker by \`lienthong start --role …\`; POST /api/v1/dossiers, canonical dossier, API key of one of ${MEMBERS} members, Idempotency-Key; worker: TraCuuHoSo + DongBoHoSoMC): ${ours.summary}`,
  `ratio lienthong ÷ baseline: p50 ${(quantile(ours.latency, 0.5) / quantile(bare.latency, 0.5)).toFixed(2)}×, p99 ${(quantile(ours.latency, 0.99) / quantile(bare.latency, 0.99)).toFixed(2)}×`,
  `invariants baseline — ${bare.ok ? 'PASS' : 'FAIL'}: ${bare.invariants}`,
  `invariants lienthong — ${ours.ok ? 'PASS' : 'FAIL'}: ${ours.invariants}`,
  `load average (1 min) before ${loadBefore.toFixed(2)}, after ${loadavg()[0]!.toFixed(2)}; ${((epochNow() - started) / 1000).toFixed(0)} s in all`,
];
await finishBench('bench:latency', lines, bare.ok && ours.ok, logDir);
