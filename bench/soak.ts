// bench:soak — `lienthong start` (all roles, sandbox on, steady one-stop traffic) for BENCH_SOAK_SECONDS;
// its RSS sampled every 10 s; growth after the warm-up must stay under 10%, judged on the RSS peaks
// of the first and the last window (V8's heap grows and shrinks in cycles of minutes: two single
// samples read +1.6% in one run and +31% in another of the same code, with no leak in its heap).
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool } from '../ops/db/pool.ts';
import { freePort } from '../test/helpers/free-port.ts';
import { benchDatabase } from './lib/database.ts';
import { appendResult } from './lib/machine.ts';
import { benchCommand, onInterrupt, poll, rssBytes, spawnLienthong } from './lib/processes.ts';

const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const WARMUP = Number(process.env.BENCH_SOAK_WARMUP_SECONDS ?? 120);
const EVERY = Number(process.env.BENCH_SOAK_SAMPLE_SECONDS ?? 10);
const PER_MINUTE = Number(process.env.BENCH_SOAK_PER_MINUTE ?? 600);
/** BENCH_SOAK_HEAPSNAPSHOTS=1: heap snapshots at the end of the warm-up and at the end (investigation only). */
const SNAPSHOTS = process.env.BENCH_SOAK_HEAPSNAPSHOTS === '1';
/** Span of the windows whose RSS peaks are compared besides the two required samples. */
const WINDOW = Math.min(120, Math.max(EVERY, (SECONDS - WARMUP) / 2));
const LIMIT = 0.1;
const MiB = 2 ** 20;
const mib = (b: number | undefined) => (b === undefined ? '?' : `${(b / MiB).toFixed(1)} MiB`);

interface Sample {
  at: number;
  rss: number;
  /** From the gateway's /metrics: V8 heap used and reserved, memory held outside the heap. */
  heapUsed: number | undefined;
  heapTotal: number | undefined;
  external: number | undefined;
}

/** One gauge from the Prometheus text of GET /metrics. */
function gauge(text: string, name: string): number | undefined {
  const match = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm').exec(text);
  return match ? Number(match[1]) : undefined;
}

type Heap = Pick<Sample, 'heapUsed' | 'heapTotal' | 'external'>;

async function heap(url: string): Promise<Heap | undefined> {
  try {
    const res = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(5_000) });
    const text = await res.text();
    return {
      heapUsed: gauge(text, 'nodejs_heap_size_used_bytes'),
      heapTotal: gauge(text, 'nodejs_heap_size_total_bytes'),
      external: gauge(text, 'nodejs_external_memory_bytes'),
    };
  } catch {
    return undefined;
  }
}

const dir = await mkdtemp(join(tmpdir(), 'lienthong-soak-'));
const db = await benchDatabase('bench_soak');
onInterrupt(() => db.stop());
const pool = createPool(db.url, { max: 1 });
const port = await freePort().catch(async (error: unknown) => {
  await db.stop();
  throw error;
});
const url = `http://127.0.0.1:${port}`;
const loadBefore = loadavg()[0]!;
const lienthong = spawnLienthong('lienthong', ['start'], {
  env: {
    DATABASE_URL: db.url,
    HOST: '127.0.0.1',
    PORT: String(port),
    LIENTHONG_CONFIG: 'bench/soak.config.ts',
    LIENTHONG_SANDBOX: 'on',
    LIENTHONG_DATA_DIR: join(dir, 'data'),
    BENCH_SOAK_PER_MINUTE: String(PER_MINUTE),
    LOG_LEVEL: 'warn',
    ...(SNAPSHOTS ? { NODE_OPTIONS: `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${dir}` } : {}),
  },
  logFile: join(dir, 'lienthong.log'),
});
const samples: Sample[] = [];
let passed = false;
try {
  const up = await poll(async () => {
    if (!lienthong.alive())
      throw new Error(`lienthong exited:\n${lienthong.output().slice(-3000)}`);
    return (await heap(url)) !== undefined;
  }, 90_000);
  if (!up) throw new Error(`lienthong not up within 90 s:\n${lienthong.output().slice(-3000)}`);
  console.log(
    `lienthong pid ${lienthong.pid} at ${url}; ${SECONDS} s at ${PER_MINUTE} messages/min, logs in ${dir}`,
  );
  const started = Date.now();
  for (let t = 0; t <= SECONDS; t += EVERY) {
    await new Promise((r) => setTimeout(r, Math.max(0, started + t * 1000 - Date.now())));
    if (!lienthong.alive())
      throw new Error(`lienthong exited:\n${lienthong.output().slice(-3000)}`);
    const rss = (await rssBytes(lienthong.pid)) ?? 0;
    const sample: Sample = {
      at: t,
      rss,
      heapUsed: undefined,
      heapTotal: undefined,
      external: undefined,
      ...(await heap(url)),
    };
    samples.push(sample);
    console.log(
      `t=${t}s rss ${mib(sample.rss)} heap used ${mib(sample.heapUsed)} of ${mib(sample.heapTotal)}, external ${mib(sample.external)}`,
    );
    if (SNAPSHOTS && (t === WARMUP || t + EVERY > SECONDS)) process.kill(lienthong.pid, 'SIGUSR2');
  }
  const { rows } = await pool.query<{
    kind: string;
    exchanges: number;
    delivered: number;
    pending: number;
    dead: number;
  }>(
    `select e.kind, count(distinct e.id)::int as exchanges,
            count(*) filter (where d.state = 'delivered')::int as delivered,
            count(*) filter (where d.state = 'pending')::int as pending,
            count(*) filter (where d.state = 'dead')::int as dead
       from lienthong.exchange e left join lienthong.delivery d on d.exchange_id = e.id
      group by e.kind order by e.kind`,
  );
  const deadReasons = await pool.query<{ target: string; reason: string | null; n: number }>(
    `select target, reason, count(*)::int as n from lienthong.delivery where state = 'dead'
      group by target, reason order by n desc`,
  );
  const atWarmup = samples.find((s) => s.at >= WARMUP) ?? samples[0]!;
  const last = samples.at(-1)!;
  const growth = (last.rss - atWarmup.rss) / atWarmup.rss;
  const peak = (from: number, to: number) =>
    Math.max(...samples.filter((s) => s.at >= from && s.at <= to).map((s) => s.rss));
  const heapGrowth =
    atWarmup.heapUsed && last.heapUsed
      ? (last.heapUsed - atWarmup.heapUsed) / atWarmup.heapUsed
      : undefined;
  const firstPeak = peak(WARMUP, WARMUP + WINDOW);
  const lastPeak = peak(SECONDS - WINDOW, SECONDS);
  const peakGrowth = (lastPeak - firstPeak) / firstPeak;
  passed = peakGrowth < LIMIT;
  const lines = [
    `process: \`lienthong start\` (all roles in one process) with LIENTHONG_SANDBOX=on and bench/soak.config.ts (the shipped config, sandbox traffic ${PER_MINUTE} messages/min), DATABASE_URL to an embedded PostgreSQL of the bench, LOG_LEVEL=warn`,
    `duration ${SECONDS} s, RSS (VmRSS of the lienthong pid) every ${EVERY} s, warm-up ${WARMUP} s`,
    `traffic: ${rows.map((r) => `${r.kind} ${r.exchanges} accepted (${r.delivered} delivered, ${r.pending} pending, ${r.dead} dead)`).join('; ')}`,
    `RSS peak in the ${WINDOW} s after the warm-up ${mib(firstPeak)}, in the last ${WINDOW} s ${mib(lastPeak)}: growth ${(peakGrowth * 100).toFixed(1)}% — ${passed ? 'PASS' : 'FAIL'} (< ${LIMIT * 100}%)`,
    `single samples, for comparison: RSS at warm-up end (t=${atWarmup.at} s) ${mib(atWarmup.rss)}, at the end (t=${last.at} s) ${mib(last.rss)}: ${(growth * 100).toFixed(1)}%`,
    `V8 heap used (live and not yet collected) at warm-up end ${mib(atWarmup.heapUsed)}, at the end ${mib(last.heapUsed)}${heapGrowth === undefined ? '' : ` (${(heapGrowth * 100).toFixed(1)}%)`}; heap reserved ${mib(atWarmup.heapTotal)} → ${mib(last.heapTotal)}; external ${mib(atWarmup.external)} → ${mib(last.external)}`,
    `dead letters: ${deadReasons.rows.map((r) => `${r.target} ${r.reason ?? '(no reason)'} × ${r.n}`).join('; ') || 'none'}`,
    `RSS samples (MiB): ${samples.map((s) => (s.rss / MiB).toFixed(0)).join(' ')}`,
    `load average (1 min) before ${loadBefore.toFixed(2)}, after ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores shared with other work`,
  ];
  for (const line of lines) console.log(line);
  appendResult('bench:soak', benchCommand('bench:soak'), lines);
  if (SNAPSHOTS) {
    // The snapshot is written after the signal; wait until both files are complete.
    await poll(
      async () => (await readdir(dir)).filter((f) => f.endsWith('.heapsnapshot')).length >= 2,
      120_000,
      1000,
    );
    await new Promise((r) => setTimeout(r, 5_000));
    console.log(
      `heap snapshots in ${dir}: ${(await readdir(dir)).filter((f) => f.endsWith('.heapsnapshot')).join(', ')}`,
    );
  }
} finally {
  await lienthong.stop();
  await pool.end();
  await db.stop();
  if (passed && !SNAPSHOTS) await rm(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
  if (!passed) process.exitCode = 1;
}
