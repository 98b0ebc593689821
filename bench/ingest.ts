// bench:ingest — one-stop dossiers (HoSo) per second and p50/p99 through the whole gateway path (API
// key, validation, mapping, accept with its commit) beside a bare Hono handler doing one INSERT of
// the same body into the same database, in the same run, over a sweep of concurrency levels (group
// commit trades latency for throughput: a single level would hide where each kind peaks).
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { createDossierGenerator, TWO_TIER_FROM } from '../connectors/one-stop/generator/index.ts';
import { createApp } from '../gateway/app.ts';
import { listen } from '../gateway/server.ts';
import {
  createSubmissionPreparer,
  defaultSubmissionThreads,
} from '../gateway/submission-workers.ts';
import { migrate } from '../ops/db/migrate.ts';
import { createPool, type Pool } from '../ops/db/pool.ts';
import { createAcceptor } from '../ops/delivery/accept.ts';
import { ensureQueues } from '../ops/delivery/engine.ts';
import { createExchangeReader } from '../ops/delivery/exchange-reader.ts';
import { createIntake } from '../ops/delivery/intake.ts';
import { createOperatorActions } from '../ops/delivery/operator.ts';
import { defaultPolicy } from '../ops/delivery/policy.ts';
import { createMemberService } from '../ops/members/service.ts';
import { startBoss } from '../ops/queue/boss.ts';
import { createLogger } from '../ops/telemetry/logger.ts';
import { createMetrics } from '../ops/telemetry/metrics.ts';
import { benchDatabase } from './lib/database.ts';
import { runLoad } from './lib/http-load.ts';
import { type Cpu, ingestReport, type Kind, type Run } from './lib/ingest-report.ts';
import { appendResult } from './lib/machine.ts';
import { postmasterPid, processCpuSeconds, treeCpuSeconds } from './lib/proc-cpu.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 8_000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 500);
const LEVELS = (process.env.BENCH_CONCURRENCY ?? '16,32,64,128').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
/** When set, each server process runs with --cpu-prof and writes its profile here. */
const PROFILE_DIR = process.env.BENCH_CPU_PROF;
const POOL_MAX = 20; // the gateway's default (ops/db/pool.ts), for both servers
const BASELINE_TABLE = 'bench_ingest_baseline';
const ROUTES = [{ kind: 'dossier' as const, from: '*', to: ['national-portal'] }];

/** Child process: serves one kind on a free port, prints {"port":n}, stops on SIGTERM. */
async function serve(kind: Kind, url: string): Promise<void> {
  const logger = createLogger({ level: 'warn', format: 'json', destination: process.stderr });
  const pool = createPool(url, { max: POOL_MAX });
  const stops: Array<() => Promise<unknown>> = [];
  let app: Hono;
  if (kind === 'bare') {
    app = new Hono();
    app.post('/ingest', async (c) => {
      const body = await c.req.text();
      await pool.query(`insert into ${BASELINE_TABLE} (body) values ($1)`, [body]);
      return c.json({ accepted: true }, 202);
    });
  } else {
    const boss = await startBoss(url, logger, { supervise: false });
    stops.push(() => boss.stop({ graceful: true }));
    const policy = defaultPolicy();
    await ensureQueues(boss, [{ id: 'national-portal', policy }]);
    const acceptor = createAcceptor({ pool, boss });
    const metrics = createMetrics({ targets: ['national-portal'] });
    // As `lienthong start` by default: one-stop bodies parsed and mapped on worker threads.
    const submissions = createSubmissionPreparer({ threads: defaultSubmissionThreads() });
    stops.push(() => submissions.close());
    app = createApp({
      logger,
      readiness: async () => ({ database: { ok: true } }),
      version: 'bench',
      pool,
      members: createMemberService({ pool }),
      tokensEnabled: false,
      intake: createIntake({ pool, acceptor, routes: ROUTES }),
      submissions,
      exchanges: createExchangeReader(pool),
      operator: createOperatorActions(pool, () => policy),
      metrics,
      metricsEndpoint: metrics,
      // The load comes from one member: the per-member rate limit is not what is measured.
      limits: { perSecond: 1_000_000, burst: 1_000_000 },
    });
    stops.unshift(() => acceptor.drain());
  }
  const server = await listen(app, { port: 0, hostname: '127.0.0.1' });
  process.once('SIGTERM', async () => {
    await server.close();
    for (const stop of stops) await stop();
    await pool.end();
    process.exit(0); // a normal exit, so --cpu-prof writes its profile
  });
  console.log(JSON.stringify({ port: server.port }));
}

async function startServer(kind: Kind, url: string, round: number) {
  const profile = PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=${kind}-${round}.cpuprofile`]
    : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, fileURLToPath(import.meta.url), 'serve', kind],
    { env: { ...process.env, BENCH_SERVE_URL: url }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! });
  const [first] = (await once(lines, 'line')) as [string];
  const { port } = JSON.parse(first) as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Bytes of WAL the cluster has written (both kinds share it; they run one at a time). */
async function walBytes(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ bytes: string }>(
    'select wal_bytes::text as bytes from pg_stat_wal',
  );
  return Number(rows[0]!.bytes);
}

/** Unique valid HoSo bodies (distinct MaHoSo), one per request of every round. */
function hoSoBodies(count: number): Array<{ code: string; json: string }> {
  const generator = createDossierGenerator({ seed: 2026 });
  const seen = new Set<string>();
  const bodies: Array<{ code: string; json: string }> = [];
  for (let now = TWO_TIER_FROM + 8 * 3_600_000; bodies.length < count; now += 41_000) {
    const { dossierCode, hoSo } = generator.newDossier(now);
    if (seen.has(dossierCode)) continue;
    seen.add(dossierCode);
    bodies.push({ code: dossierCode, json: JSON.stringify(hoSo) });
  }
  return bodies;
}

async function main(): Promise<void> {
  const db = await benchDatabase('bench_ingest');
  const pool = createPool(db.url, { max: 2 });
  await migrate(pool);
  await pool.query(
    `create table ${BASELINE_TABLE} (id bigserial primary key, body jsonb not null, received_at timestamptz not null default now())`,
  );
  const created = await createMemberService({ pool }).createMember({
    id: 'one-stop',
    name: 'Bench one-stop',
    rights: ['dossier.submit'],
  });
  if (!created.ok) throw new Error(`member: ${created.code}`);
  const apiKey = created.apiKey;
  const perLevel = WARMUP + REQUESTS;
  const bodies = hoSoBodies(ROUNDS * LEVELS.length * perLevel);

  const { rows: dirs } = await pool.query<{ data_directory: string }>('show data_directory');
  const postmaster = postmasterPid(dirs[0]!.data_directory);
  const cpuNow = (serverPid: number): Cpu => {
    const own = process.cpuUsage();
    return {
      server: processCpuSeconds(serverPid),
      postgres: treeCpuSeconds(postmaster),
      generator: (own.user + own.system) / 1e6,
    };
  };
  const results = new Map<string, Run[]>();
  let slice = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // Both kinds get the same bodies; each level and round new ones (distinct MaHoSo).
    const kindBodies = LEVELS.map(() => bodies.slice(slice * perLevel, ++slice * perLevel));
    const order: Kind[] = round % 2 === 0 ? ['bare', 'lienthong'] : ['lienthong', 'bare'];
    for (const kind of order) {
      await pool.query('checkpoint');
      const server = await startServer(kind, db.url, round);
      for (const [level, concurrency] of LEVELS.entries()) {
        const own = kindBodies[level]!;
        let cpuAtStart = cpuNow(server.pid);
        let walAtStart = 0;
        const result = await runLoad({
          onMeasureStart: async () => {
            walAtStart = await walBytes(pool);
            cpuAtStart = cpuNow(server.pid);
          },
          origin: server.origin,
          concurrency,
          warmup: WARMUP,
          requests: REQUESTS,
          request: (i) => {
            const body = own[i]!;
            return kind === 'bare'
              ? {
                  path: '/ingest',
                  body: body.json,
                  headers: { 'content-type': 'application/json' },
                }
              : {
                  path: '/api/v1/one-stop/dossiers',
                  body: body.json,
                  headers: {
                    'content-type': 'application/json',
                    'x-api-key': apiKey,
                    'idempotency-key': `hoso-${body.code}`,
                  },
                };
          },
        });
        const cpuAtEnd = cpuNow(server.pid);
        const wal = (await walBytes(pool)) - walAtStart;
        const cpu: Cpu = {
          server: (cpuAtEnd.server - cpuAtStart.server) / REQUESTS,
          postgres: (cpuAtEnd.postgres - cpuAtStart.postgres) / REQUESTS,
          generator: (cpuAtEnd.generator - cpuAtStart.generator) / REQUESTS,
        };
        const load = loadavg()
          .map((n) => n.toFixed(2))
          .join(' ');
        const key = `${kind}@${concurrency}`;
        results.set(key, [
          ...(results.get(key) ?? []),
          { ...result, load, cpu, walBytes: wal / REQUESTS },
        ]);
        console.log(
          `round ${round + 1} ${kind} concurrency ${concurrency}: ${result.perSecond.toFixed(0)} req/s, p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, failures ${JSON.stringify(result.failures)}, CPU µs/req server ${(cpu.server * 1e6).toFixed(0)} + PostgreSQL ${(cpu.postgres * 1e6).toFixed(0)}, WAL ${(wal / REQUESTS / 1024).toFixed(1)} KiB/req, load ${load}`,
        );
      }
      await server.stop();
    }
  }

  const { rows } = await pool.query<{
    exchanges: number;
    deliveries: number;
    jobs: number;
    baseline: number;
  }>(
    `select (select count(*)::int from lienthong.exchange) as exchanges,
            (select count(*)::int from lienthong.delivery) as deliveries,
            (select count(*)::int from pgboss.job where name like '%national-portal%') as jobs,
            (select count(*)::int from ${BASELINE_TABLE}) as baseline`,
  );
  await pool.end();
  await db.stop();

  const expected = ROUNDS * LEVELS.length * perLevel;
  const written = rows[0]!;
  const failures = [...results.values()].flat().some((r) => Object.keys(r.failures).length > 0);
  const consistent =
    written.exchanges === expected &&
    written.deliveries === expected &&
    written.jobs === expected &&
    written.baseline === expected;
  const report = ingestReport(LEVELS, results);
  const lines = [
    `${REQUESTS} measured requests per level after ${WARMUP} warm-up; concurrency levels ${LEVELS.join(', ')} (closed loop, undici Pool in the parent); ${ROUNDS} rounds, order of the kinds alternated; medians over rounds; each server a child process with a pg pool of ${POOL_MAX}, on one embedded PostgreSQL`,
    'bare: a Hono handler doing one INSERT of the body (jsonb) → 202. lienthong: POST /api/v1/one-stop/dossiers (API key, HoSo validation + mapping, accept: exchange + delivery + dossier projection + pg-boss job in one statement, group commit) → 202',
    ...report.lines,
    `checked: ${failures ? 'SOME REQUESTS FAILED' : 'every answer 202'}; rows ${consistent ? 'as expected' : 'NOT as expected'} (exchanges ${written.exchanges}, deliveries ${written.deliveries}, jobs ${written.jobs}, baseline rows ${written.baseline}; expected ${expected} each)`,
    'load average: other processes may share the cores; CPU per request (from /proc, measured window only) does not depend on them',
    'WAL per request: pg_stat_wal.wal_bytes over the measured window (cluster-wide, so it includes any background writes)',
  ];
  for (const line of lines) console.log(line);
  const env = ['BENCH_REQUESTS', 'BENCH_WARMUP', 'BENCH_CONCURRENCY', 'BENCH_ROUNDS']
    .filter((name) => process.env[name])
    .map((name) => `${name}=${process.env[name]} `)
    .join('');
  appendResult('bench:ingest', `${env}npm run bench:ingest`, lines);
  if (failures || !consistent) process.exitCode = 1;
}

if (process.argv[2] === 'serve') await serve(process.argv[3] as Kind, process.env.BENCH_SERVE_URL!);
else await main();
