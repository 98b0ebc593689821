// The two chaos plans: SHORT for every `npm test` (≥2 worker kills, 1 PostgreSQL restart, about a
// minute and a half) and FULL for `npm run test:chaos` (≥5 worker kills, 3 gateway kills, 1 restart).
import type { FaultStep } from './faults.ts';
import type { ChaosPlan } from './run.ts';

const worker: FaultStep['action'] = { kind: 'kill-worker' };
const gateway: FaultStep['action'] = { kind: 'kill-gateway' };
const postgres: FaultStep['action'] = { kind: 'restart-postgres' };
const portal = (
  name: string,
  patch: Record<string, unknown>,
  forMs: number,
): FaultStep['action'] => ({
  kind: 'portal',
  name,
  patch,
  forMs,
});

export function shortPlan(seed: number): ChaosPlan {
  return {
    name: 'short',
    seed,
    dossiers: 36,
    eventsPerDossier: 4,
    lanes: 10,
    perSecond: 12,
    loadTimeoutMs: 120_000,
    drainTimeoutMs: 150_000,
    steps: [
      { at: 0.1, action: worker },
      { at: 0.25, action: portal('errors 30%', { errorRate: 0.3 }, 3_000) },
      { at: 0.4, action: gateway },
      { at: 0.55, action: postgres },
      { at: 0.7, action: worker },
      { at: 0.8, action: portal('timeouts 20%', { timeoutRate: 0.2 }, 3_000) },
    ],
  };
}

export function fullPlan(seed: number, name = 'full'): ChaosPlan {
  return {
    name,
    seed,
    dossiers: 240,
    eventsPerDossier: 6,
    lanes: 16,
    perSecond: 20,
    loadTimeoutMs: 400_000,
    drainTimeoutMs: 240_000,
    steps: [
      { at: 0.06, action: worker },
      { at: 0.12, action: portal('errors 30%', { errorRate: 0.3 }, 5_000) },
      { at: 0.18, action: gateway },
      { at: 0.24, action: worker },
      { at: 0.3, action: portal('timeouts 20%', { timeoutRate: 0.2 }, 5_000) },
      { at: 0.36, action: postgres },
      { at: 0.42, action: worker },
      { at: 0.48, action: gateway },
      { at: 0.54, action: portal('latency 2.5 s > deadline', { latencyMs: 2_500 }, 3_000) },
      { at: 0.6, action: worker },
      { at: 0.66, action: portal('down 2 s', { down: true, downForMs: 2_000 }, 2_500) },
      { at: 0.72, action: gateway },
      { at: 0.78, action: worker },
      {
        at: 0.86,
        action: portal('errors 50% as HTTP 500', { errorRate: 0.5, errorStatus: 500 }, 4_000),
      },
      { at: 0.92, action: worker },
    ],
  };
}
