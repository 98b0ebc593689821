// A target's health for its overview tile: from the pause switch, the circuit and recent attempts.

export const TARGET_STATUSES = [
  'paused',
  'circuit_open',
  'failing',
  'degraded',
  'ok',
  'idle',
] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** Error rates over the window at or above these make a target failing or degraded. */
export const FAILING_RATE = 0.5;
export const DEGRADED_RATE = 0.05;

export interface TargetHealthFacts {
  paused: boolean;
  circuitOpen: boolean;
  /** Attempts in the window (deferrals are not attempts). */
  attempts: number;
  /** Attempts in the window that failed (retry or dead). */
  failures: number;
}

export function errorRate(facts: Pick<TargetHealthFacts, 'attempts' | 'failures'>): number | null {
  return facts.attempts > 0 ? facts.failures / facts.attempts : null;
}

/** The operator's switch wins over what the traffic says; an open circuit wins over rates. */
export function targetStatus(facts: TargetHealthFacts): TargetStatus {
  if (facts.paused) return 'paused';
  if (facts.circuitOpen) return 'circuit_open';
  const rate = errorRate(facts);
  if (rate === null) return 'idle';
  if (rate >= FAILING_RATE) return 'failing';
  if (rate >= DEGRADED_RATE) return 'degraded';
  return 'ok';
}
