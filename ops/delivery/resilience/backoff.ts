// Retry decisions for failed deliveries: full-jitter exponential backoff plus dead-letter rules per error class.

/** Same literal set as connectors/kit ErrorClass; restated so this module imports nothing. */
export type RetryErrorClass = 'transient' | 'throttled' | 'permanent' | 'auth';

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  /** Total attempts allowed, the first one included. */
  maxAttempts: number;
  /** Age (from the first attempt) after which a record is dead-lettered instead of retried. */
  maxAgeMs: number;
}

export type DeadLetterReason = 'permanent' | 'attempts_exhausted' | 'max_age_exceeded';

export type RetryDecision =
  | { action: 'retry'; delayMs: number }
  | { action: 'dead_letter'; reason: DeadLetterReason };

export interface FullJitterInput {
  /** 1-based number of the attempt that just failed. */
  attempt: number;
  baseMs: number;
  maxMs: number;
  /** Uniform in [0, 1), like Math.random. */
  random: () => number;
}

export interface RetryDelayInput {
  errorClass: RetryErrorClass;
  /** 1-based number of the attempt that just failed. */
  attempt: number;
  retryAfterMs?: number | undefined;
  policy: RetryPolicy;
  /** Epoch ms of the first attempt of this record. */
  firstAttemptAt: number;
  now: () => number;
  random: () => number;
}

/** Auth failures wait at least this many base delays: an operator may need time to fix credentials. */
export const AUTH_DELAY_FACTOR = 8;

// 2^52 already exceeds any sane maxMs; capping the exponent keeps 0 * 2^n finite (no NaN).
const MAX_EXPONENT = 52;

/** The exponential ceiling min(maxMs, baseMs * 2^(attempt-1)) that full jitter draws under. */
export function backoffCeiling(attempt: number, baseMs: number, maxMs: number): number {
  const exponent = Math.min(Math.max(Math.floor(attempt), 1) - 1, MAX_EXPONENT);
  return Math.max(0, Math.floor(Math.min(maxMs, baseMs * 2 ** exponent)));
}

/** AWS "full jitter": a uniformly random integer in [0, min(maxMs, baseMs * 2^(attempt-1))]. */
export function fullJitterDelay({ attempt, baseMs, maxMs, random }: FullJitterInput): number {
  const ceiling = backoffCeiling(attempt, baseMs, maxMs);
  // Clamp guards a random() that returns exactly 1 or slightly outside [0, 1).
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.min(ceiling, Math.floor(r * (ceiling + 1)));
}

function usableRetryAfter(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value >= 0;
}

/**
 * Decide what to do after a failed attempt. Order: permanent → dead letter at once; then the attempt
 * and age budgets; then a delay by class. A retry may still fall due after maxAgeMs: the next failure
 * is then dead-lettered with 'max_age_exceeded'.
 */
export function retryDelay(input: RetryDelayInput): RetryDecision {
  const { errorClass, attempt, retryAfterMs, policy, firstAttemptAt, now, random } = input;
  if (errorClass === 'permanent') return { action: 'dead_letter', reason: 'permanent' };
  // A throttled call spends no attempt (the target asked us to wait): only age bounds it.
  if (errorClass !== 'throttled' && attempt >= policy.maxAttempts) {
    return { action: 'dead_letter', reason: 'attempts_exhausted' };
  }
  if (now() - firstAttemptAt >= policy.maxAgeMs) {
    return { action: 'dead_letter', reason: 'max_age_exceeded' };
  }
  const jitter = fullJitterDelay({ attempt, baseMs: policy.baseMs, maxMs: policy.maxMs, random });
  const maxMs = Math.max(0, policy.maxMs);
  switch (errorClass) {
    case 'throttled':
      // The server's own hint wins over jitter; maxMs bounds an absurd Retry-After (policy over hint).
      return {
        action: 'retry',
        delayMs: usableRetryAfter(retryAfterMs) ? Math.min(Math.ceil(retryAfterMs), maxMs) : jitter,
      };
    case 'auth':
      return {
        action: 'retry',
        delayMs: Math.min(maxMs, Math.max(policy.baseMs * AUTH_DELAY_FACTOR, jitter)),
      };
    case 'transient':
      return { action: 'retry', delayMs: jitter };
  }
}
