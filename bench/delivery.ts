// bench:delivery — drain rate of N queued deliveries through lienthong's engine, beside a raw
// pg-boss drain (one HTTP POST per job to an instant sink, batchSize 50, burstWhenBatchFull) in the same run.
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { migrate } from '../ops/db/migrate.ts';
import { createPool } from '../ops/db/pool.ts';
import { createAcceptor } from '../ops/delivery/accept.ts';
import { ensureQueues, startDelivery } from '../ops/delivery/engine.ts';
import { defaultPolicy } from '../ops/delivery/policy.ts';
import type { DeliveryPort } from '../ops/delivery/port.ts';
import { startBoss } from '../ops/queue/boss.ts';
import { createLogger } from '../ops/telemetry/logger.ts';
import { acceptInput } from '../test/helpers/delivery.ts';
import { benchDatabase } from './lib/database.ts';
import { appendResult } from './lib/machine.ts';
import { startSink } from './lib/sink.ts';

const N = Number(process.env.BENCH_JOBS ?? 20_000);
/** Engine settings: jobs per fetched batch (all called at once) and batches in flight. */
const BATCH = Number(process.env.BENCH_BATCH ?? 200);
const LANES = Number(process.env.BENCH_LANES ?? 4);
const logger = createLogger({ level: 'warn', format: 'json' });
const agent = new Agent({ connections: 64, keepAliveTimeout: 60_000 });

async function post(url: string, body: unknown): Promise<void> {
  const res = await request(url, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    dispatcher: agent,
  });
  await res.body.dump();
  if (res.statusCode !== 200) throw new Error(`sink answered ${res.statusCode}`);
}

async function waitUntil(check: () => Promise<boolean>, everyMs = 50): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, everyMs));
}

async function rawDrain(url: string, sinkUrl: string): Promise<number> {
  const boss = await startBoss(url, logger);
  await boss.createQueue('raw');
  for (let i = 0; i < N; i += 1000) {
    await boss.insert(
      'raw',
      Array.from({ length: Math.min(1000, N - i) }, (_, k) => ({
        data: { i: i + k, dossierCode: `D-${i + k}` },
      })),
    );
  }
  const pool = createPool(url, { max: 2 });
  await pool.query('analyze pgboss.job');
  let done = 0;
  const started = performance.now();
  await boss.work(
    'raw',
    { batchSize: 50, burstWhenBatchFull: true, pollingIntervalSeconds: 0.5 },
    async (jobs) => {
      await Promise.all(jobs.map((job) => post(sinkUrl, job.data)));
      done += jobs.length;
    },
  );
  await waitUntil(async () => done >= N);
  const seconds = (performance.now() - started) / 1000;
  await boss.stop({ graceful: true });
  await pool.end();
  return N / seconds;
}

async function engineDrain(url: string, sinkUrl: string): Promise<number> {
  const pool = createPool(url, { max: 20 });
  await migrate(pool);
  const boss = await startBoss(url, logger);
  const policy = defaultPolicy({
    batchSize: BATCH,
    concurrency: LANES,
    callConcurrency: BATCH,
    idlePollMs: 50,
  });
  await ensureQueues(boss, [{ id: 'portal', policy }]);
  const acceptor = createAcceptor({ pool, boss });
  for (let i = 0; i < N; i += 1000) {
    await Promise.all(
      Array.from({ length: Math.min(1000, N - i) }, (_, k) =>
        acceptor.accept(acceptInput({ dossierCode: `D-${i + k}`, targets: ['portal'] })),
      ),
    );
  }
  await pool.query('analyze pgboss.job; analyze lienthong.delivery');
  const port: DeliveryPort = {
    deliver: async (d) => {
      await post(sinkUrl, d.payload);
      return { applied: 'ok' };
    },
  };
  const started = performance.now();
  const engine = await startDelivery({
    pool,
    boss,
    logger,
    targets: [{ id: 'portal', port, policy }],
  });
  await waitUntil(async () => {
    const { rows } = await pool.query<{ n: number }>(
      "select count(*)::int as n from lienthong.delivery where state = 'delivered'",
    );
    return rows[0]!.n >= N;
  }, 100);
  const seconds = (performance.now() - started) / 1000;
  await engine.stop();
  await boss.stop({ graceful: true });
  await pool.end();
  return N / seconds;
}

const sink = await startSink();
const rawDb = await benchDatabase('bench_raw');
const raw = await rawDrain(rawDb.url, sink.url);
await rawDb.stop();
const engineDb = await benchDatabase('bench_engine');
const ours = await engineDrain(engineDb.url, sink.url);
await engineDb.stop();
await sink.close();
await agent.close();

const lines = [
  `jobs: ${N}`,
  `raw pg-boss drain (batchSize 50, burstWhenBatchFull, one POST per job): ${raw.toFixed(0)} jobs/s`,
  `lienthong delivery engine (key_strict_fifo per dossier, batchSize ${BATCH}, ${LANES} lanes, one settle transaction per batch with the exchange log): ${ours.toFixed(0)} deliveries/s`,
  `ratio: ${(ours / raw).toFixed(2)}× the raw drain`,
];
for (const line of lines) console.log(line);
appendResult('bench:delivery', 'npm run bench:delivery', lines);
