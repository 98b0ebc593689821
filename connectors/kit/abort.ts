// Abort helpers: race a promise against an AbortSignal so a stalled await cannot outlive its deadline.

/** Rejects with the signal's reason when it aborts; `dispose` detaches the listener. */
export function abortion(signal: AbortSignal): { promise: Promise<never>; dispose(): void } {
  let onAbort = (): void => {};
  const promise = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  promise.catch(() => {});
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}

/** The promise's outcome, or the signal's reason if it aborts first (the promise itself keeps running). */
export async function raceAbort<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  if (!signal) return promise;
  const aborted = abortion(signal);
  try {
    return await Promise.race([promise, aborted.promise]);
  } finally {
    aborted.dispose();
  }
}
