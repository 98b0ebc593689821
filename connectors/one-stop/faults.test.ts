// The one-stop connector under injected faults: every call ends classified, and retries apply each record once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorError, type Delivery, ERROR_CLASSES } from '../kit/index.ts';
import { type RunningSimulator, startSimulator } from '../kit/simulator/index.ts';
import { PENDING, settleWithin } from '../kit/testing/settle-within.ts';
import { oneStopConnector } from './connector.ts';
import { createOneStopSimulator } from './simulator.ts';
import { feedbackDelivery, hoSoFixture, simConfig } from './test-fixtures.ts';

const CALLS = 50;
const TIMEOUT_MS = 300;
const HARD_BOUND_MS = TIMEOUT_MS + 3_000;
/** Resolves with the call's outcome, or PENDING if it outlived the hard bound (never a timing claim on speed). */
async function settle(call: Promise<unknown>): Promise<unknown> {
  const settled = await settleWithin(call, HARD_BOUND_MS);
  if (settled === PENDING) return PENDING;
  return settled.ok ? { ok: settled.value } : settled.error;
}

const deliveries: Delivery[] = Array.from({ length: CALLS }, (_, i) => ({
  ...feedbackDelivery,
  key: `0197d2a4-0000-7000-8000-${String(i).padStart(12, '0')}:one-stop`,
}));

describe('oneStopConnector under faults', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator(createOneStopSimulator({ seed: 30 }));
  });
  afterAll(async () => {
    await sim.close();
  });

  it(
    'should end every call classified within its timeout under 30% errors and 10% timeouts',
    async () => {
      await sim.reset();
      await sim.setFaults({ errorRate: 0.3, timeoutRate: 0.1 });
      const made = oneStopConnector.instantiate(simConfig(sim.url, { timeoutMs: TIMEOUT_MS }));
      if (!made.ok) throw new Error('config rejected');
      const outcomes = await Promise.all(
        deliveries.map((d) => settle(made.connector.deliver!(d, { timeoutMs: TIMEOUT_MS }))),
      );
      await made.connector.close();
      expect(outcomes.filter((o) => o === PENDING)).toHaveLength(0);
      const failures = outcomes.filter((o) => !(o && typeof o === 'object' && 'ok' in o));
      for (const failure of failures) {
        expect(failure).toBeInstanceOf(ConnectorError);
        expect(ERROR_CLASSES).toContain((failure as ConnectorError).errorClass);
      }
      // With these rates some calls fail and some pass; both kinds must have happened.
      expect(failures.length).toBeGreaterThan(0);
      expect(failures.length).toBeLessThan(CALLS);
      expect(failures.some((f) => (f as ConnectorError).reason === 'timeout')).toBe(true);
    },
    HARD_BOUND_MS * 3,
  );

  it('should apply each of 50 deliveries exactly once when retried until they pass', async () => {
    await sim.reset();
    await sim.setFaults({ errorRate: 0.3, timeoutRate: 0.1 });
    const made = oneStopConnector.instantiate(simConfig(sim.url, { timeoutMs: TIMEOUT_MS }));
    if (!made.ok) throw new Error('config rejected');
    let attempts = 0;
    await Promise.all(
      deliveries.map(async (d) => {
        for (let attempt = 1; attempt <= 40; attempt += 1) {
          attempts += 1;
          try {
            return await made.connector.deliver!({ ...d, attempt }, { timeoutMs: TIMEOUT_MS });
          } catch (error) {
            expect((error as ConnectorError).errorClass).toBe('transient');
          }
        }
        throw new Error('never delivered');
      }),
    );
    await made.connector.close();
    const records = sim.stats().applied[hoSoFixture.MaHoSo] ?? [];
    const exchanges = records.map((r) => (r.item as { MaGiaoDich: string }).MaGiaoDich);
    expect(attempts).toBeGreaterThan(CALLS);
    expect(exchanges).toHaveLength(CALLS);
    expect(new Set(exchanges).size).toBe(CALLS);
  }, 60_000);
});
