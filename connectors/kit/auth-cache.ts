// Caches a token or session until shortly before it expires, refreshes single-flight, retries once on 'auth'.
import { raceAbort } from './abort.ts';
import { ConnectorError } from './errors.ts';

export interface IssuedCredential<T> {
  value: T;
  /** Absolute expiry (epoch ms). */
  expiresAt?: number;
  /** Lifetime from now (ms); used when expiresAt is absent. Neither: valid until invalidated. */
  expiresInMs?: number;
}

export interface AuthCacheOptions<T> {
  /** Obtains a fresh credential (log in, client-credentials grant …). */
  refresh: () => Promise<IssuedCredential<T>>;
  /** Refresh this long before expiry (default 30 s; at most half the credential's lifetime). */
  skewMs?: number;
  now?: () => number;
  /** Which failures of the wrapped call mean "credential rejected". Default: ConnectorError class 'auth'. */
  isAuthError?: (error: unknown) => boolean;
}

export interface AuthCache<T> {
  /**
   * A valid credential, refreshing once for all concurrent callers when needed. `signal` abandons
   * this caller's wait (rejecting with its reason); the shared refresh carries on for the others.
   */
  get(signal?: AbortSignal): Promise<T>;
  /**
   * Drops the cached credential. Pass the credential that was rejected: if another caller already
   * replaced it, nothing is dropped (so a burst of 401s costs one refresh, not one each).
   */
  invalidate(rejected?: T): void;
  /** Runs fn with a credential; on an auth failure, invalidates and runs it exactly once more. */
  withAuthRetry<R>(fn: (credential: T) => Promise<R>, signal?: AbortSignal): Promise<R>;
}

const isAuthClass = (error: unknown): boolean =>
  error instanceof ConnectorError && error.errorClass === 'auth';

export function createAuthCache<T>(options: AuthCacheOptions<T>): AuthCache<T> {
  const now = options.now ?? Date.now;
  const skewMs = options.skewMs ?? 30_000;
  const isAuthError = options.isAuthError ?? isAuthClass;
  let cached: { value: T; refreshAt: number } | undefined;
  let inflight: Promise<T> | undefined;
  let generation = 0;

  const startRefresh = (): Promise<T> => {
    const started = generation;
    const issuedAt = now();
    const attempt = options.refresh().then(
      (issued) => {
        const expiresAt =
          issued.expiresAt ??
          (issued.expiresInMs === undefined ? undefined : issuedAt + issued.expiresInMs);
        if (started === generation) {
          const refreshAt =
            expiresAt === undefined
              ? Number.POSITIVE_INFINITY
              : expiresAt - Math.min(skewMs, Math.max(0, expiresAt - issuedAt) / 2);
          cached = { value: issued.value, refreshAt };
          inflight = undefined;
        }
        return issued.value;
      },
      (error: unknown) => {
        // Failures are not cached: the next caller tries again.
        if (started === generation) inflight = undefined;
        throw error;
      },
    );
    inflight = attempt;
    return attempt;
  };

  const get = (signal?: AbortSignal): Promise<T> => {
    if (cached && now() < cached.refreshAt) return Promise.resolve(cached.value);
    return raceAbort(inflight ?? startRefresh(), signal);
  };

  const invalidate = (rejected?: T): void => {
    if (rejected !== undefined) {
      // Someone already replaced it, or a refresh (necessarily newer) is under way: keep that.
      if (cached === undefined || cached.value !== rejected) return;
      cached = undefined;
      return;
    }
    cached = undefined;
    inflight = undefined;
    generation++;
  };

  return {
    get,
    invalidate,
    async withAuthRetry(fn, signal) {
      const credential = await get(signal);
      try {
        return await fn(credential);
      } catch (error) {
        if (!isAuthError(error)) throw error;
        invalidate(credential);
        return fn(await get(signal));
      }
    },
  };
}
