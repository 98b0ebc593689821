// Token bucket rate limiter per delivery target: at most burst + rate·T requests in any window T.

export interface TokenBucketOptions {
  /** Refill rate; 0 means the bucket never refills. */
  ratePerSecond: number;
  /** Capacity; the bucket starts full. */
  burst: number;
  now: () => number;
}

export const TOKEN_BUCKET_ERRORS = {
  invalidRate: 'token_bucket.invalid_rate',
  invalidBurst: 'token_bucket.invalid_burst',
} as const;

// Credit is kept in milli-tokens (tokens · 1000) so that integer rates and ms clocks add up exactly:
// elapsedMs · ratePerSecond milli-tokens per refill, with no floating drift over long runs.
const MILLI = 1000;

export class TokenBucket {
  readonly #rate: number;
  readonly #capacity: number;
  readonly #now: () => number;
  #credit: number;
  #last: number;

  constructor(options: TokenBucketOptions) {
    if (!Number.isFinite(options.ratePerSecond) || options.ratePerSecond < 0) {
      throw new RangeError(TOKEN_BUCKET_ERRORS.invalidRate);
    }
    if (!Number.isFinite(options.burst) || options.burst < 0) {
      throw new RangeError(TOKEN_BUCKET_ERRORS.invalidBurst);
    }
    this.#rate = options.ratePerSecond;
    this.#capacity = options.burst * MILLI;
    this.#now = options.now;
    this.#credit = this.#capacity;
    this.#last = this.#now();
  }

  /** Take n tokens if all are available now; never takes a partial amount. */
  tryTake(n = 1): boolean {
    if (!(n >= 0)) return false;
    this.#refill();
    const cost = n * MILLI;
    if (this.#credit < cost) return false;
    this.#credit -= cost;
    return true;
  }

  /** Milliseconds until n tokens are available (0 if now); Infinity if n exceeds burst or rate is 0. */
  msUntil(n = 1): number {
    if (!(n >= 0)) return Number.POSITIVE_INFINITY;
    this.#refill();
    const cost = n * MILLI;
    if (this.#credit >= cost) return 0;
    if (cost > this.#capacity || this.#rate === 0) return Number.POSITIVE_INFINITY;
    return Math.ceil((cost - this.#credit) / this.#rate);
  }

  /** Whole tokens that could be taken right now. */
  available(): number {
    this.#refill();
    return Math.floor(this.#credit / MILLI);
  }

  #refill(): void {
    const now = this.#now();
    // A clock that steps back must not mint tokens twice for the same interval.
    if (now <= this.#last) return;
    this.#credit = Math.min(this.#capacity, this.#credit + (now - this.#last) * this.#rate);
    this.#last = now;
  }
}
