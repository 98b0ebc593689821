// The one-stop traffic generator: seeded dossiers and, step by step, their progress events and result pushes.
import type {
  OneStopKetQuaPush,
  OneStopQuaTrinhXuLy,
} from '../../../contracts/wire/one-stop/events.ts';
import type { OneStopHoSo } from '../../../contracts/wire/one-stop/hoso.ts';
import { buildDossier } from './dossier.ts';
import {
  buildEvent,
  buildResultPush,
  type Officer,
  officersFor,
  planSteps,
  type Role,
  type Step,
} from './lifecycle.ts';
import { PROCEDURES, type ProcedureSpec } from './procedures.ts';
import { createRng, type Rng } from './random.ts';
import {
  CITY_DEPARTMENTS,
  cityUnit,
  communeUnit,
  districtUnit,
  type ListVersion,
  type ReceivingUnit,
} from './units.ts';
import { formatYyMMdd, vnParts, vnTime } from './vietnam-time.ts';

export { sandboxCatalogue, sandboxProcedures } from './catalogue.ts';
export { PROCEDURES, type ProcedureSpec } from './procedures.ts';
export { HANOI_EID_SUFFIX } from './units.ts';

/** One message to the gateway, with the Idempotency-Key that makes its resend harmless. */
export type TrafficMessage =
  | { kind: 'dossier'; idempotencyKey: string; body: OneStopHoSo }
  | { kind: 'event'; idempotencyKey: string; body: OneStopQuaTrinhXuLy }
  | { kind: 'result'; idempotencyKey: string; body: OneStopKetQuaPush };

/** A dossier and what remains of its life; `next` stamps each step with a time after the previous one. */
export interface DossierJourney {
  readonly dossierCode: string;
  readonly spec: ProcedureSpec;
  readonly hoSo: OneStopHoSo;
  /** The HoSo message, then each event or result in order; undefined when the journey is over. */
  next(now: number): TrafficMessage | undefined;
  readonly done: boolean;
}

export interface DossierGenerator {
  /** A dossier received now, or (some of the time after 2025-07-01) a legacy 2025-01 dossier from June 2025. */
  newDossier(now: number): DossierJourney;
}

/** From this instant the two-tier 2025-07 list applies. */
export const TWO_TIER_FROM = vnTime(2025, 7, 1);
const LEGACY_SHARE = 0.25;
const MIN_STEP_MS = 60_000;

function legacyReceipt(rng: Rng): number {
  for (;;) {
    const at = vnTime(2025, 6, rng.int(2, 30), rng.int(8, 16), rng.int(0, 59), rng.int(0, 59));
    if (![0, 6].includes(vnParts(at).weekday)) return at;
  }
}

function unitFor(rng: Rng, spec: ProcedureSpec, version: ListVersion): ReceivingUnit {
  if (spec.level === 'city')
    return cityUnit(version, CITY_DEPARTMENTS[spec.department ?? 'justice']);
  if (spec.level === 'district-then-commune' && version === '2025-01') return districtUnit(rng);
  return communeUnit(rng, version);
}

export function createDossierGenerator(options: { seed: number }): DossierGenerator {
  const rng = createRng(options.seed);
  const sequences = new Map<string, number>();
  const weights = PROCEDURES.map((spec) => [spec, spec.weight] as const);

  const nextSequence = (eId: string, receivedAt: number): string => {
    const key = `${eId}-${formatYyMMdd(receivedAt)}`;
    const n = (sequences.get(key) ?? rng.int(0, 2_999)) + 1;
    sequences.set(key, n);
    return String(n % 10_000).padStart(4, '0');
  };

  return {
    newDossier(now) {
      const spec = rng.weighted(weights);
      const legacy = now < TWO_TIER_FROM || rng.chance(LEGACY_SHARE);
      const version: ListVersion = legacy ? '2025-01' : '2025-07';
      const receivedAt = now < TWO_TIER_FROM || !legacy ? now - (now % 1000) : legacyReceipt(rng);
      const unit = unitFor(rng, spec, version);
      const sequence = nextSequence(unit.agency.eId, receivedAt);
      const dossierCode = `${unit.agency.eId}-${formatYyMMdd(receivedAt)}-${sequence}`;
      const hoSo = buildDossier(rng, { spec, unit, receivedAt, sequence, dossierCode });
      const officers: Record<Role, Officer> = officersFor(rng, spec, unit.level);
      const steps: Step[] = planSteps(rng, hoSo);
      const createdAt = now;
      let last = receivedAt;
      let cursor = -1;
      const stamp = (at: number) => {
        last = Math.max(last + MIN_STEP_MS, receivedAt + (at - createdAt));
        last -= last % 1000;
        return last;
      };
      return {
        dossierCode,
        spec,
        hoSo,
        get done() {
          return cursor >= steps.length;
        },
        next(at) {
          if (cursor >= steps.length) return undefined;
          cursor += 1;
          if (cursor === 0)
            return { kind: 'dossier', idempotencyKey: `hoso-${dossierCode}`, body: hoSo };
          const step = steps[cursor - 1];
          if (step === undefined) return undefined;
          const startedAt = last;
          const time = stamp(at);
          if (step.kind === 'result') {
            const body = buildResultPush(rng, hoSo, spec, time);
            return { kind: 'result', idempotencyKey: `ketqua-${body.MaGiaoDich}`, body };
          }
          const body = buildEvent(rng, hoSo, step, officers[step.by], time, startedAt);
          return { kind: 'event', idempotencyKey: `qtxl-${body.Id}`, body };
        },
      };
    },
  };
}
