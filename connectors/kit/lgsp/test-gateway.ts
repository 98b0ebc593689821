// Test support for the LGSP pieces: a simulated gateway with one known client, guarded /api/thing, and a settable clock.
import type { Hono } from 'hono';
import { createSimulator, type Simulator } from '../simulator/create-simulator.ts';
import { installLgspAuth, type LgspAuthOptions } from './simulator-auth.ts';

export const TEST_CLIENT = { clientId: 'lgsp-app', clientSecret: 'lgsp-secret-value' } as const;
export const TEST_TTL_SECONDS = 60;

export function testClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

export interface TestGatewayOptions {
  auth?: Partial<LgspAuthOptions>;
  /** Routes outside the Bearer guard (registered before it). */
  open?: (app: Hono, sim: Simulator) => void;
  /** More guarded routes besides GET /api/thing. */
  guarded?: (app: Hono, sim: Simulator) => void;
}

export function testGateway(now: () => number, options: TestGatewayOptions = {}): Simulator {
  return createSimulator({
    name: 'lgsp',
    setup(app, sim) {
      options.open?.(app, sim);
      installLgspAuth(app, sim, {
        client: TEST_CLIENT,
        tokenPath: '/token',
        tokenTtlSeconds: TEST_TTL_SECONDS,
        now,
        ...options.auth,
      });
      app.get('/api/thing', (c) => {
        sim.count('received', 'thing');
        return c.json({ ok: true });
      });
      options.guarded?.(app, sim);
    },
  });
}
