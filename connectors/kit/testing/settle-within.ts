// Test-only: a call's outcome, or PENDING when it has not settled within a hard bound. Fault tests
// use it to prove every call ends (classified) instead of hanging; it claims nothing about speed.
import { expect } from 'vitest';
import { ConnectorError, ERROR_CLASSES } from '../errors.ts';

export const PENDING = Symbol('pending');

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export async function settleWithin<T>(
  call: Promise<T>,
  boundMs: number,
): Promise<Settled<T> | typeof PENDING> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<typeof PENDING>((resolve) => {
    timer = setTimeout(() => resolve(PENDING), boundMs);
  });
  try {
    return await Promise.race([
      call.then(
        (value): Settled<T> => ({ ok: true, value }),
        (error: unknown): Settled<T> => ({ ok: false, error }),
      ),
      bound,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Expects every call to have ended, and every failure to be a ConnectorError of a known class;
 * returns how many failed (a fault test then checks the faults did bite, but not every call).
 */
export function expectEndedClassified(outcomes: Array<Settled<unknown> | typeof PENDING>): number {
  let failed = 0;
  for (const outcome of outcomes) {
    expect(outcome).not.toBe(PENDING);
    if (outcome === PENDING || outcome.ok) continue;
    failed++;
    expect(outcome.error).toBeInstanceOf(ConnectorError);
    expect(ERROR_CLASSES).toContain((outcome.error as ConnectorError).errorClass);
  }
  return failed;
}
