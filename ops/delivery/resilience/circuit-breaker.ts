// Circuit breaker per delivery target: stops a failure storm, then probes the target one request at a time.

export type CircuitState = 'closed' | 'open' | 'half_open';

/** 'transport': the target looks unhealthy (transient, timeout, network, 5xx, auth). 'other': the target
 * answered but rejected this one record (a 4xx on bad data) — proof of health, never opens the circuit. */
export type FailureKind = 'transport' | 'other';

export type CircuitTransitionReason =
  | 'consecutive_failures'
  | 'error_ratio'
  | 'probe_due'
  | 'probe_succeeded'
  | 'probe_failed'
  | 'forced'
  | 'reset';

export type StateChangeListener = (
  from: CircuitState,
  to: CircuitState,
  reason: CircuitTransitionReason,
  /** The operator's text for 'forced'; absent otherwise. */
  detail?: string,
) => void;

export interface CircuitBreakerOptions {
  /** Consecutive transport failures that open the circuit. Default 5. */
  failureThreshold?: number;
  /** Transport-failure share of the rolling window that opens the circuit. Default 0.5. */
  errorRatio?: number;
  /** Rolling window length. Default 30 000 ms. */
  windowMs?: number;
  /** Calls the window needs before errorRatio is judged. Default 20. */
  minimumCalls?: number;
  /** First open period; doubles on each failed probe. Default 5 000 ms. */
  openMs?: number;
  /** Ceiling for the doubled open period. Default 60 000 ms. */
  maxOpenMs?: number;
  now: () => number;
  onStateChange?: StateChangeListener;
}

export interface CircuitSnapshot {
  state: CircuitState;
  openedAt: number | null;
  /** When the open period ends (kept through half_open); null when closed or forced open. */
  nextProbeAt: number | null;
  consecutiveFailures: number;
  windowCalls: number;
  windowFailures: number;
  /** The operator's reason while forced open, else null. */
  forcedReason: string | null;
  /** The open period the next (or current) opening uses. */
  currentOpenMs: number;
}

export const CIRCUIT_DEFAULTS = {
  failureThreshold: 5,
  errorRatio: 0.5,
  windowMs: 30_000,
  minimumCalls: 20,
  openMs: 5_000,
  maxOpenMs: 60_000,
} as const;

// Compact the window arrays only when the dead prefix is large, so pruning stays O(1) amortised.
const COMPACT_AFTER = 1024;

export class CircuitBreaker {
  readonly #failureThreshold: number;
  readonly #errorRatio: number;
  readonly #windowMs: number;
  readonly #minimumCalls: number;
  readonly #openMs: number;
  readonly #maxOpenMs: number;
  readonly #now: () => number;
  readonly #onStateChange: StateChangeListener | undefined;

  #state: CircuitState = 'closed';
  #openedAt: number | null = null;
  #nextProbeAt: number | null = null;
  #currentOpenMs: number;
  #forcedReason: string | null = null;
  #probeInFlight = false;
  #consecutiveFailures = 0;
  // Rolling window of closed-state outcomes: parallel arrays of call time and failure flag.
  #callTimes: number[] = [];
  #callFailed: boolean[] = [];
  #head = 0;
  #windowFailures = 0;

  constructor(options: CircuitBreakerOptions) {
    this.#failureThreshold = Math.max(
      1,
      options.failureThreshold ?? CIRCUIT_DEFAULTS.failureThreshold,
    );
    this.#errorRatio = options.errorRatio ?? CIRCUIT_DEFAULTS.errorRatio;
    this.#windowMs = options.windowMs ?? CIRCUIT_DEFAULTS.windowMs;
    this.#minimumCalls = Math.max(1, options.minimumCalls ?? CIRCUIT_DEFAULTS.minimumCalls);
    this.#openMs = options.openMs ?? CIRCUIT_DEFAULTS.openMs;
    this.#maxOpenMs = Math.max(this.#openMs, options.maxOpenMs ?? CIRCUIT_DEFAULTS.maxOpenMs);
    this.#now = options.now;
    this.#onStateChange = options.onStateChange;
    this.#currentOpenMs = this.#openMs;
  }

  /** May a request go now? Open: no. Half-open: yes for exactly one probe until its result is reported. */
  canRequest(): boolean {
    this.#advance();
    if (this.#state === 'closed') return true;
    if (this.#state === 'open' || this.#probeInFlight) return false;
    this.#probeInFlight = true;
    return true;
  }

  onSuccess(): void {
    this.#advance();
    if (this.#state === 'half_open') {
      this.#close('probe_succeeded');
    } else if (this.#state === 'closed') {
      this.#consecutiveFailures = 0;
      this.#record(false);
    }
    // Results reported while open come from requests admitted before it opened: no evidence to act on.
  }

  /**
   * The admitted request never reached the target (e.g. its record could not be mapped): no
   * evidence either way. A half-open probe slot is given back; nothing else changes.
   */
  onAbandon(): void {
    this.#advance();
    if (this.#state === 'half_open') this.#probeInFlight = false;
  }

  onFailure(kind: FailureKind): void {
    if (kind === 'other') {
      this.onSuccess();
      return;
    }
    this.#advance();
    if (this.#state === 'half_open') {
      this.#currentOpenMs = Math.min(this.#maxOpenMs, this.#currentOpenMs * 2);
      this.#open('probe_failed');
      return;
    }
    if (this.#state !== 'closed') return;
    this.#consecutiveFailures += 1;
    this.#record(true);
    const calls = this.#callTimes.length - this.#head;
    if (this.#consecutiveFailures >= this.#failureThreshold) {
      this.#open('consecutive_failures');
    } else if (calls >= this.#minimumCalls && this.#windowFailures / calls >= this.#errorRatio) {
      this.#open('error_ratio');
    }
  }

  state(): CircuitState {
    this.#advance();
    return this.#state;
  }

  snapshot(): CircuitSnapshot {
    this.#advance();
    this.#prune();
    return {
      state: this.#state,
      openedAt: this.#openedAt,
      nextProbeAt: this.#nextProbeAt,
      consecutiveFailures: this.#consecutiveFailures,
      windowCalls: this.#callTimes.length - this.#head,
      windowFailures: this.#windowFailures,
      forcedReason: this.#forcedReason,
      currentOpenMs: this.#currentOpenMs,
    };
  }

  /** Hold the circuit open (operator action, maintenance) until reset(); no probes meanwhile. */
  forceOpen(reason: string): void {
    this.#forcedReason = reason;
    this.#open('forced', reason);
  }

  /** Close the circuit and forget all history (operator action, end of maintenance). */
  reset(): void {
    this.#close('reset');
  }

  // Lazily turns a due open period into half_open, so state() and canRequest() agree.
  #advance(): void {
    if (this.#state !== 'open' || this.#nextProbeAt === null) return;
    if (this.#now() < this.#nextProbeAt) return;
    this.#probeInFlight = false;
    this.#transition('half_open', 'probe_due');
  }

  #open(reason: CircuitTransitionReason, detail?: string): void {
    const now = this.#now();
    this.#openedAt = now;
    this.#nextProbeAt = this.#forcedReason === null ? now + this.#currentOpenMs : null;
    this.#probeInFlight = false;
    this.#clearWindow();
    this.#transition('open', reason, detail);
  }

  #close(reason: CircuitTransitionReason): void {
    this.#openedAt = null;
    this.#nextProbeAt = null;
    this.#forcedReason = null;
    this.#probeInFlight = false;
    this.#consecutiveFailures = 0;
    this.#currentOpenMs = this.#openMs;
    this.#clearWindow();
    this.#transition('closed', reason);
  }

  #transition(to: CircuitState, reason: CircuitTransitionReason, detail?: string): void {
    const from = this.#state;
    this.#state = to;
    if (from === to || !this.#onStateChange) return;
    if (detail === undefined) this.#onStateChange(from, to, reason);
    else this.#onStateChange(from, to, reason, detail);
  }

  #record(failed: boolean): void {
    this.#callTimes.push(this.#now());
    this.#callFailed.push(failed);
    if (failed) this.#windowFailures += 1;
    this.#prune();
  }

  #prune(): void {
    const horizon = this.#now() - this.#windowMs;
    while (this.#head < this.#callTimes.length && this.#callTimes[this.#head]! <= horizon) {
      if (this.#callFailed[this.#head]) this.#windowFailures -= 1;
      this.#head += 1;
    }
    if (this.#head > COMPACT_AFTER && this.#head * 2 > this.#callTimes.length) {
      this.#callTimes = this.#callTimes.slice(this.#head);
      this.#callFailed = this.#callFailed.slice(this.#head);
      this.#head = 0;
    }
  }

  #clearWindow(): void {
    this.#callTimes = [];
    this.#callFailed = [];
    this.#head = 0;
    this.#windowFailures = 0;
  }
}
