// Benchmark configuration: only the national portal (its simulator runs in a process of the bench at
// BENCH_PORTAL_URL), dossiers and their progress routed to it, the load members, throughput policy.
import { defineConfig } from '../ops/config.ts';

/** The members the load generator submits as; each gets its API key from `lienthong members add`. */
export const BENCH_MEMBER_RIGHTS = ['dossier.submit', 'progress.submit', 'exchange.read'];

/**
 * The gateway limits each member to 200 requests/s per process by default (gateway/app.ts
 * DEFAULT_LIMITS; `gateway.rateLimit` in a config changes it). This config keeps the default, as a
 * deployment would, and spreads the load over several members to measure the pipeline, not that limit.
 */
export function benchMemberIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `bench-load-${i + 1}`);
}

const env = Object.fromEntries(
  Object.entries(process.env).filter(([, value]) => value !== ''),
) as NodeJS.ProcessEnv;

export default defineConfig({
  connectors: {
    'national-portal': {
      type: 'national-portal',
      settings: {
        baseUrl: env.BENCH_PORTAL_URL,
        extraAllowedHosts: ['127.0.0.1'],
        username: env.PORTAL_USERNAME,
        password: env.PORTAL_PASSWORD,
        dstcode: env.PORTAL_DSTCODE,
        madonvi: env.PORTAL_MADONVI,
        provinceSuffix: 'H26',
        connections: 64,
      },
      // Large batches, many calls in flight, no client-side rate limit, short idle polls.
      delivery: {
        batchSize: 100,
        concurrency: 2,
        callConcurrency: 64,
        maxAttempts: 25,
        baseDelayMs: 200,
        maxDelayMs: 5_000,
        idlePollMs: 50,
      },
    },
  },
  routes: [
    { kind: 'dossier', from: '*', to: ['national-portal'] },
    { kind: 'progress', from: '*', to: ['national-portal'], followsDossier: true },
  ],
  members: benchMemberIds(Number(env.BENCH_MEMBERS ?? 8)).map((id) => ({
    id,
    name: `Benchmark load generator ${id}`,
    rights: BENCH_MEMBER_RIGHTS,
  })),
  sandbox: { enabled: false, dossiersPerMinute: 0 },
});
