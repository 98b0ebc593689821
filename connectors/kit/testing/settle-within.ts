// Test-only: a call's outcome, or PENDING when it has not settled within a hard bound. Fault tests
// use it to prove every call ends (classified) instead of hanging; it claims nothing about speed.

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
