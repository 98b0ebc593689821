// Slows password guessing: after a few failures an account refuses sign-ins for a while (per process).

export interface ThrottleOptions {
  maxFailures?: number;
  windowMs?: number;
  lockMs?: number;
  now?: () => number;
}

interface Entry {
  failures: number;
  firstAt: number;
  lockedUntil: number;
}

/** Most keys kept; beyond it the oldest are forgotten so a flood of names cannot exhaust memory. */
const MAX_KEYS = 10_000;

export class LoginThrottle {
  readonly #entries = new Map<string, Entry>();
  readonly #maxFailures: number;
  readonly #windowMs: number;
  readonly #lockMs: number;
  readonly #now: () => number;

  constructor(options: ThrottleOptions = {}) {
    this.#maxFailures = options.maxFailures ?? 5;
    this.#windowMs = options.windowMs ?? 15 * 60_000;
    this.#lockMs = options.lockMs ?? 15 * 60_000;
    this.#now = options.now ?? Date.now;
  }

  blocked(key: string): boolean {
    const entry = this.#entries.get(key);
    return entry !== undefined && entry.lockedUntil > this.#now();
  }

  failed(key: string): void {
    const now = this.#now();
    let entry = this.#entries.get(key);
    if (!entry || now - entry.firstAt > this.#windowMs) {
      entry = { failures: 0, firstAt: now, lockedUntil: 0 };
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      if (this.#entries.size > MAX_KEYS) {
        const oldest = this.#entries.keys().next().value;
        if (oldest !== undefined) this.#entries.delete(oldest);
      }
    }
    entry.failures++;
    if (entry.failures >= this.#maxFailures) entry.lockedUntil = now + this.#lockMs;
  }

  succeeded(key: string): void {
    this.#entries.delete(key);
  }
}
