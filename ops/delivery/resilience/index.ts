// Resilience primitives for delivery workers: backoff, circuit breaker, token bucket, maintenance windows.
export * from './backoff.ts';
export * from './circuit-breaker.ts';
export * from './maintenance.ts';
export * from './token-bucket.ts';
