// Liveness and readiness probes for load balancers and orchestrators.
import { Hono } from 'hono';
import { problem } from '../problem.ts';

export interface ReadinessCheck {
  ok: boolean;
  detail?: string;
}
export type ReadinessProbe = () => Promise<Record<string, ReadinessCheck>>;

export function healthRoutes(readiness: ReadinessProbe): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'alive' }));
  app.get('/readyz', async (c) => {
    const checks = await readiness();
    const failing = Object.entries(checks).filter(([, check]) => !check.ok);
    if (failing.length === 0) return c.json({ status: 'ready', checks });
    const detail = failing
      .map(([name, check]) => `${name}: ${check.detail ?? 'failing'}`)
      .join('; ');
    return problem(c, 'service.not_ready', { detail });
  });
  return app;
}
