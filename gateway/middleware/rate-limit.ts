// Per-key token-bucket rate limiting in memory, answering 429 problem+json with Retry-After.
import type { Context, MiddlewareHandler } from 'hono';
import { problem } from '../problem.ts';

export interface TokenBucketOptions {
  /** Tokens added per second: the sustained rate. */
  perSecond: number;
  /** Bucket size: how many requests may arrive at once. */
  burst: number;
  /** Milliseconds since some epoch; tests inject a fake clock. */
  now?: () => number;
  /** Most buckets kept; beyond it the least recently used one is dropped. */
  maxKeys?: number;
}

export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export interface TokenBuckets {
  take(key: string): TakeResult;
  /** Buckets held now; idle ones go once they would be full again. */
  size(): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createTokenBuckets(options: TokenBucketOptions): TokenBuckets {
  const { perSecond, burst } = options;
  const now = options.now ?? (() => Date.now());
  const maxKeys = options.maxKeys ?? 100_000;
  // A bucket idle this long is full, i.e. the same as a fresh one, so it can be forgotten.
  const refillMs = (burst / perSecond) * 1000;
  const sweepEveryMs = Math.max(1000, refillMs);
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();

  const refilled = (bucket: Bucket, at: number) =>
    Math.min(burst, bucket.tokens + ((at - bucket.at) / 1000) * perSecond);

  function sweep(at: number): void {
    lastSweep = at;
    for (const [key, bucket] of buckets) {
      if (at - bucket.at >= refillMs) buckets.delete(key);
    }
  }

  function take(key: string): TakeResult {
    const at = now();
    if (at - lastSweep >= sweepEveryMs) sweep(at);
    const existing = buckets.get(key);
    const tokens = existing ? refilled(existing, at) : burst;
    if (existing)
      buckets.delete(key); // re-inserted below: Map order = least recently used first
    else if (buckets.size >= maxKeys) {
      const oldest = buckets.keys().next();
      if (!oldest.done) buckets.delete(oldest.value);
    }
    if (tokens >= 1) {
      buckets.set(key, { tokens: tokens - 1, at });
      return { ok: true, remaining: Math.floor(tokens - 1) };
    }
    buckets.set(key, { tokens, at });
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perSecond)) };
  }

  return { take, size: () => buckets.size };
}

export interface RateLimitOptions extends TokenBucketOptions {
  /** The bucket a request draws from: the member id once authenticated. */
  key: (c: Context) => string;
}

/**
 * 429 rate.limited with `Retry-After` (whole seconds) when the key's bucket is empty. State is
 * per process: with N gateway processes a member may reach N times the rate.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const buckets = createTokenBuckets(options);
  return async (c, next) => {
    const result = buckets.take(options.key(c));
    if (!result.ok) {
      const seconds = result.retryAfterSeconds;
      return problem(
        c,
        'rate.limited',
        { detail: `retry after ${seconds} s` },
        { 'Retry-After': String(seconds) },
      );
    }
    await next();
  };
}
