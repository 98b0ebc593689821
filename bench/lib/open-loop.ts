// An open-loop HTTP load generator (bench:latency): requests leave at a fixed arrival rate whatever
// the answers do, and the moment each answer arrived is kept on the clock all processes share.
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import type { LoadRequest } from './http-load.ts';

export interface OpenLoopOptions {
  origin: string;
  /** Requests per second. */
  rate: number;
  count: number;
  /** Sockets to the server; requests beyond them wait in the client (counted as lateness). */
  connections: number;
  request(index: number): LoadRequest;
}

export interface OpenLoopResult {
  /** Answer status per request (0: a transport error). */
  statuses: Uint16Array;
  /** When the request left, ms since the epoch (performance.timeOrigin + now()). */
  sentAt: Float64Array;
  /** When the answer's headers arrived, on the same clock. */
  answeredAt: Float64Array;
  /** Time from sending to the answer, ms. */
  latencyMs: Float64Array;
  /** Largest delay of a send behind its schedule, ms: the generator's own lag. */
  maxSendLagMs: number;
  seconds: number;
}

/** The shared clock: ms since the epoch, sub-millisecond, the same in every process of the machine. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

export async function runOpenLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const pool = new Pool(options.origin, {
    connections: options.connections,
    pipelining: 1,
    keepAliveTimeout: 60_000,
  });
  const statuses = new Uint16Array(options.count);
  const sentAt = new Float64Array(options.count).fill(Number.NaN);
  const answeredAt = new Float64Array(options.count).fill(Number.NaN);
  const latencyMs = new Float64Array(options.count).fill(Number.NaN);
  const inFlight: Promise<void>[] = [];
  let maxSendLagMs = 0;
  const send = async (index: number) => {
    const { method = 'POST', path, body, headers } = options.request(index);
    const sent = performance.now();
    sentAt[index] = performance.timeOrigin + sent;
    try {
      const response = await pool.request({ method, path, body: body ?? null, headers });
      answeredAt[index] = epochNow();
      latencyMs[index] = performance.now() - sent;
      statuses[index] = response.statusCode;
      await response.body.dump();
    } catch {
      statuses[index] = 0;
    }
  };
  const interval = 1000 / options.rate;
  const started = performance.now();
  try {
    let next = 0;
    while (next < options.count) {
      // Every request whose time has come leaves now; timers are coarse, so several may be due.
      const elapsed = performance.now() - started;
      while (next < options.count && next * interval <= elapsed) {
        maxSendLagMs = Math.max(maxSendLagMs, elapsed - next * interval);
        inFlight.push(send(next++));
      }
      const wait = next * interval - (performance.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    await Promise.all(inFlight);
    return {
      statuses,
      sentAt,
      answeredAt,
      latencyMs,
      maxSendLagMs,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await pool.close();
  }
}
