// Builders for delivery tests: accept inputs, an in-process target ledger, waiting for a condition.
import { createHash } from 'node:crypto';
import type { AcceptInput } from '../../ops/delivery/accept.ts';
import type { Delivery, DeliveryPort, DeliveryReceipt } from '../../ops/delivery/port.ts';
import type { DeliveryKind } from '../../ops/delivery/types.ts';

export function acceptInput(options: {
  dossierCode: string;
  kind?: DeliveryKind;
  seq?: number;
  targets: string[];
  source?: string;
  idempotencyKey?: string;
  body?: unknown;
}): AcceptInput {
  const payload = options.body ?? { dossierCode: options.dossierCode, seq: options.seq ?? 0 };
  const json = JSON.stringify(payload);
  const hash = createHash('sha256').update(json).digest('hex');
  return {
    source: options.source ?? 'one-stop',
    kind: options.kind ?? 'progress',
    dossierCode: options.dossierCode,
    payload,
    idempotencyKey: options.idempotencyKey ?? null,
    requestHash: hash,
    naturalKey: `${options.kind ?? 'progress'}:${options.dossierCode}:${hash}`,
    traceId: null,
    targets: options.targets,
  };
}

/** A target that applies each delivery key once and records the order per dossier. */
export class Ledger implements DeliveryPort {
  readonly applied = new Map<string, number[]>();
  readonly seenKeys = new Set<string>();
  calls = 0;
  /** Decides per call whether to fail; return an error to throw. */
  fault: (delivery: Delivery) => Error | undefined = () => undefined;

  async deliver(delivery: Delivery): Promise<DeliveryReceipt> {
    this.calls++;
    const error = this.fault(delivery);
    if (error) throw error;
    if (!this.seenKeys.has(delivery.key)) {
      this.seenKeys.add(delivery.key);
      const payload = delivery.payload as { dossierCode: string; seq: number };
      const list = this.applied.get(payload.dossierCode) ?? [];
      list.push(payload.seq);
      this.applied.set(payload.dossierCode, list);
      return { applied: 'created', request: { seq: payload.seq } };
    }
    return { applied: 'duplicate' };
  }

  total(): number {
    let n = 0;
    for (const list of this.applied.values()) n += list.length;
    return n;
  }
}

export function classified(
  errorClass: 'transient' | 'permanent' | 'auth' | 'throttled',
  reason: string,
): Error {
  return Object.assign(new Error(reason), { errorClass, reason });
}

export async function waitFor(
  check: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
  everyMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

/** A seeded PRNG (mulberry32) so fault injection is repeatable. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
