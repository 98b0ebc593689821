// measureCheck: runs a connector's health probe and reports latency and failure as data, never throwing.
import { toClassifiedError } from './errors.ts';
import type { CheckResult } from './types.ts';

export async function measureCheck(
  probe: () => Promise<unknown>,
  now: () => number = Date.now,
): Promise<CheckResult> {
  const started = now();
  try {
    const detail = await probe();
    const latencyMs = Math.max(0, now() - started);
    return typeof detail === 'string' ? { ok: true, latencyMs, detail } : { ok: true, latencyMs };
  } catch (error) {
    return { ok: false, latencyMs: Math.max(0, now() - started), error: toClassifiedError(error) };
  }
}
