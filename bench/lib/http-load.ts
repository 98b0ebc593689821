// A closed-loop HTTP load generator (bench:ingest, bench:lookup): fixed concurrency over an undici
// Pool, a warm-up, then a fixed number of requests whose latencies are recorded.
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

export interface LoadRequest {
  /** Default POST. */
  method?: 'GET' | 'POST';
  path: string;
  body?: string;
  headers: Record<string, string>;
}

export interface LoadOptions {
  /** e.g. http://127.0.0.1:8080 */
  origin: string;
  concurrency: number;
  warmup: number;
  requests: number;
  /** The i-th request; warm-up requests come first (0 … warmup-1), so every index is used once. */
  request(index: number): LoadRequest;
  /** Whether an answer counts as a success (default: 2xx). */
  ok?: (status: number) => boolean;
  /**
   * When given, each answer's body is read and must pass this check too; a failed check counts
   * as a failure under its status. Without it the body is discarded unread.
   */
  check?: (status: number, body: string, index: number) => boolean;
  /** Called after the warm-up, just before the measured requests (e.g. to read CPU counters). */
  onMeasureStart?: () => void | Promise<void>;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answers that were not `ok`, by status (0: a transport error). */
  failures: Record<number, number>;
}

/** The q-quantile (0..1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

async function drive(
  pool: Pool,
  options: LoadOptions,
  from: number,
  count: number,
  record: (ms: number, status: number, checked: boolean) => void,
): Promise<void> {
  let next = from;
  const end = from + count;
  const worker = async () => {
    while (next < end) {
      const index = next++;
      const { method = 'POST', path, body, headers } = options.request(index);
      const started = performance.now();
      let status = 0;
      let text: string | undefined;
      try {
        const response = await pool.request({ method, path, body: body ?? null, headers });
        status = response.statusCode;
        if (options.check) text = await response.body.text();
        else await response.body.dump();
      } catch {
        status = 0;
      }
      const ms = performance.now() - started;
      // Checked outside the timed span: the check is the bench's work, not the server's.
      record(ms, status, text === undefined || options.check?.(status, text, index) !== false);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, count) }, worker));
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const ok = options.ok ?? ((status: number) => status >= 200 && status < 300);
  const pool = new Pool(options.origin, {
    connections: options.concurrency,
    pipelining: 1,
    keepAliveTimeout: 60_000,
  });
  const failures: Record<number, number> = {};
  const fail = (status: number) => {
    failures[status] = (failures[status] ?? 0) + 1;
  };
  try {
    await drive(pool, options, 0, options.warmup, (_ms, status, checked) => {
      if (!ok(status) || !checked) fail(status);
    });
    await options.onMeasureStart?.();
    const latencies = new Float64Array(options.requests);
    let recorded = 0;
    const started = performance.now();
    await drive(pool, options, options.warmup, options.requests, (ms, status, checked) => {
      latencies[recorded++] = ms;
      if (!ok(status) || !checked) fail(status);
    });
    const seconds = (performance.now() - started) / 1000;
    const sorted = Array.from(latencies).sort((a, b) => a - b);
    return {
      requests: options.requests,
      seconds,
      perSecond: options.requests / seconds,
      p50Ms: quantile(sorted, 0.5),
      p99Ms: quantile(sorted, 0.99),
      maxMs: sorted[sorted.length - 1] ?? Number.NaN,
      failures,
    };
  } finally {
    await pool.close();
  }
}
