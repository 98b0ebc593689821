// The readiness checks behind GET /readyz: database reachable, migrations applied, queue running.
import type { ReadinessCheck } from '../../gateway/routes/health.ts';
import { pendingMigrations } from '../db/migrate.ts';
import type { Pool } from '../db/pool.ts';

export interface ReadinessSources {
  pool: Pool;
  queueRunning: () => boolean;
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function readinessProbe(
  sources: ReadinessSources,
): () => Promise<Record<string, ReadinessCheck>> {
  return async () => {
    const checks: Record<string, ReadinessCheck> = {};
    try {
      await withTimeout(sources.pool.query('select 1'), 2000);
      checks.database = { ok: true };
    } catch (error) {
      checks.database = { ok: false, detail: `unreachable (${(error as Error).message})` };
    }
    if (checks.database.ok) {
      try {
        const pending = await withTimeout(pendingMigrations(sources.pool), 2000);
        checks.migrations =
          pending.length === 0
            ? { ok: true }
            : { ok: false, detail: `pending: ${pending.join(', ')}` };
      } catch (error) {
        checks.migrations = { ok: false, detail: (error as Error).message };
      }
    } else {
      checks.migrations = { ok: false, detail: 'database unreachable' };
    }
    checks.queue = sources.queueRunning()
      ? { ok: true }
      : { ok: false, detail: 'pg-boss is not running' };
    return checks;
  };
}
