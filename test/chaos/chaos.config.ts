// The chaos harness's configuration: only the national portal (its simulator runs in a process of
// the harness, at CHAOS_PORTAL_URL), dossiers and their progress routed to it, one load member.
import { PORTAL_SANDBOX_ACCOUNT } from '../../connectors/national-portal/index.ts';
import { defineConfig } from '../../ops/config.ts';

/** The member the load generator submits as (its API key is issued by `lienthong members add`). */
export const CHAOS_MEMBER = {
  id: 'chaos-load',
  name: 'Chaos load generator',
  rights: ['dossier.submit', 'progress.submit', 'exchange.read'],
};

export default defineConfig({
  connectors: {
    'national-portal': {
      type: 'national-portal',
      settings: {
        baseUrl: process.env.CHAOS_PORTAL_URL,
        extraAllowedHosts: ['127.0.0.1'],
        username: PORTAL_SANDBOX_ACCOUNT.username,
        // A secret, so from the environment like in production (the harness passes the sandbox one).
        password: process.env.PORTAL_PASSWORD,
        dstcode: PORTAL_SANDBOX_ACCOUNT.dstcode,
        madonvi: PORTAL_SANDBOX_ACCOUNT.madonvi,
        provinceSuffix: 'H26',
        timeoutMs: 2_000,
        connections: 24,
      },
      // Short deadlines and backoff so a run drains in minutes; a killed worker's batch comes back
      // after batchExpirySeconds (1 round × 2 s + 30 s) and the next pg-boss supervise pass.
      delivery: {
        batchSize: 10,
        concurrency: 2,
        callConcurrency: 10,
        timeoutMs: 2_000,
        maxAttempts: 25,
        baseDelayMs: 200,
        maxDelayMs: 3_000,
        breaker: { openMs: 1_000, maxOpenMs: 3_000 },
        idlePollMs: 100,
      },
    },
  },
  routes: [
    { kind: 'dossier', from: CHAOS_MEMBER.id, to: ['national-portal'] },
    { kind: 'progress', from: CHAOS_MEMBER.id, to: ['national-portal'], followsDossier: true },
  ],
  members: [CHAOS_MEMBER],
  sandbox: { enabled: false, dossiersPerMinute: 0 },
});
