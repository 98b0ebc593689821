import { describe, expect, it } from 'vitest';
import { ConnectorError, ERROR_CLASSES } from '../kit/index.ts';
import { startSimulator } from '../kit/simulator/index.ts';
import { PENDING, settleWithin } from '../kit/testing/settle-within.ts';
import { delivery, dossierNumbered } from './fixtures/index.ts';
import { definition, sandbox } from './index.ts';
import { createPortalSimulator } from './simulator.ts';

const HARD_BOUND_MS = 5_000;

/** The call's outcome, or PENDING if it has not settled by the hard bound. */
async function settle(promise: Promise<unknown>): Promise<unknown> {
  const settled = await settleWithin(promise, HARD_BOUND_MS);
  if (settled === PENDING) return PENDING;
  return settled.ok ? 'ok' : settled.error;
}

describe('national-portal under faults', () => {
  it('should end every call classified within its timeout under 30% errors and 10% timeouts', async () => {
    const sim = await startSimulator(
      createPortalSimulator({ seed: 11, faults: { errorRate: 0.3, timeoutRate: 0.1 } }),
    );
    const result = definition.instantiate({ ...sandbox.settings(sim.url), timeoutMs: 300 });
    if (!result.ok) throw new Error('config rejected');
    const connector = result.connector;
    try {
      const outcomes: unknown[] = [];
      for (let round = 0; round < 5; round++) {
        const calls = Array.from({ length: 10 }, (_, i) => {
          const n = round * 10 + i + 1;
          const ctx = { timeoutMs: 800 };
          return i % 2 === 0
            ? connector.deliver!(delivery('dossier', dossierNumbered(n), `f${n}`), ctx)
            : connector.operations.lookupDossier({ code: dossierNumbered(n).code }, ctx);
        });
        outcomes.push(...(await Promise.all(calls.map(settle))));
      }

      expect(outcomes).toHaveLength(50);
      expect(outcomes.filter((o) => o === PENDING)).toEqual([]);
      const failures = outcomes.filter((o) => o !== 'ok');
      for (const failure of failures) {
        expect(failure).toBeInstanceOf(ConnectorError);
        expect(ERROR_CLASSES).toContain((failure as ConnectorError).errorClass);
      }
      const reasons = new Set(failures.map((f) => (f as ConnectorError).reason));
      expect(reasons.has('timeout')).toBe(true);
      expect(reasons.has('http.unavailable')).toBe(true);
      expect(outcomes.filter((o) => o === 'ok').length).toBeGreaterThan(0);
    } finally {
      await connector.close();
      await sim.close();
    }
  }, 60_000);
});
