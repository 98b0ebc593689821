// withOperation: one deadline for a whole connector operation (auth + calls), failures always classified.
import { raceAbort } from './abort.ts';
import { type Classifier, defineClassifier } from './classifier.ts';
import type { CallContext } from './types.ts';

const defaultClassifier = defineClassifier();

/** The caller's signal combined with ctx.timeoutMs; undefined when the context sets neither. */
export function operationSignal(ctx: CallContext | undefined): AbortSignal | undefined {
  const signals: AbortSignal[] = [];
  if (ctx?.timeoutMs !== undefined) signals.push(AbortSignal.timeout(ctx.timeoutMs));
  if (ctx?.signal) signals.push(ctx.signal);
  if (signals.length <= 1) return signals[0];
  return AbortSignal.any(signals);
}

/**
 * Runs fn under the context's deadline. Pass `signal` on to every HTTP request and auth wait; the
 * operation rejects when the deadline passes even if something inside ignores it. Anything thrown
 * that is not a ConnectorError is classified (a deadline becomes transient 'timeout').
 */
export async function withOperation<T>(
  options: { connectorId: string; classifier?: Classifier },
  ctx: CallContext | undefined,
  fn: (signal: AbortSignal | undefined) => Promise<T>,
): Promise<T> {
  const signal = operationSignal(ctx);
  try {
    return await raceAbort(fn(signal), signal);
  } catch (error) {
    const classifier = options.classifier ?? defaultClassifier;
    throw classifier.toError({ error }, { connectorId: options.connectorId, cause: error });
  }
}
