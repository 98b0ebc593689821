// Connector health probes: each connector's cheapest authenticated call, its latency, stored.
import type { Connector } from '../../connectors/kit/index.ts';
import type { Pool } from '../db/pool.ts';
import { insertChecks } from '../db/queries/scheduler.ts';

export interface ProbeResult {
  target: string;
  ok: boolean;
  latencyMs: number;
  errorClass: string | null;
  reason: string | null;
}

/** A probe never waits longer than this: a hanging target is itself the finding. */
const PROBE_TIMEOUT_MS = 5000;

export async function probeConnectors(
  pool: Pool,
  connectors: ReadonlyMap<string, Connector>,
): Promise<ProbeResult[]> {
  const results = await Promise.all(
    [...connectors].map(async ([target, connector]): Promise<ProbeResult> => {
      const check = await connector.check({ timeoutMs: PROBE_TIMEOUT_MS });
      return {
        target,
        ok: check.ok,
        latencyMs: Math.round(check.latencyMs),
        errorClass: check.error?.class ?? null,
        reason: check.error?.reason ?? null,
      };
    }),
  );
  if (results.length > 0) {
    await pool.query(
      insertChecks(
        results.map((r) => ({
          target: r.target,
          ok: r.ok,
          latency_ms: r.latencyMs,
          error_class: r.errorClass,
          reason: r.reason,
        })),
      ),
    );
  }
  return results;
}
