// The simulator admin API under /__admin: faults, stats, reset and credential expiry (never faulted).
import { Hono } from 'hono';
import { type Faults, type FaultsPatch, FaultsPatchSchema } from './faults.ts';
import type { SimulatorStats } from './stats.ts';

export interface AdminHost {
  faults(): Faults;
  setFaults(patch: FaultsPatch): Faults;
  hasResponder(name: string): boolean;
  stats(): SimulatorStats;
  reset(): void;
  expireCredentials(): number;
}

export function adminRoutes(host: AdminHost): Hono {
  const admin = new Hono();
  admin.get('/faults', (c) => c.json(host.faults()));
  admin.put('/faults', async (c) => {
    const body: unknown = await c.req.json().catch(() => undefined);
    const parsed = FaultsPatchSchema.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message: i.message,
      }));
      return c.json({ error: 'faults.invalid', issues }, 400);
    }
    const name = parsed.data.errorResponder;
    if (typeof name === 'string' && !host.hasResponder(name)) {
      return c.json({ error: 'faults.unknown_responder', responder: name }, 400);
    }
    return c.json(host.setFaults(parsed.data));
  });
  admin.get('/stats', (c) => c.json(host.stats()));
  admin.post('/reset', (c) => {
    host.reset();
    return c.json({ reset: true });
  });
  admin.post('/expire-credentials', (c) => c.json({ hooks: host.expireCredentials() }));
  return admin;
}
