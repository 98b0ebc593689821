import { describe, expect, it } from 'vitest';
import { createAuthCache, type IssuedCredential } from './auth-cache.ts';
import { ConnectorError, type ErrorClass } from './errors.ts';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

/** A refresh function that issues token-1, token-2 … and counts calls; resolves when released. */
function issuer(lifetimeMs?: number) {
  let calls = 0;
  const waiting: (() => void)[] = [];
  let gate = false;
  return {
    get calls() {
      return calls;
    },
    hold() {
      gate = true;
    },
    release() {
      gate = false;
      for (const go of waiting.splice(0)) go();
    },
    refresh: async (): Promise<IssuedCredential<string>> => {
      calls += 1;
      const value = `token-${calls}`;
      if (gate) await new Promise<void>((r) => waiting.push(r));
      return lifetimeMs === undefined ? { value } : { value, expiresInMs: lifetimeMs };
    },
  };
}

const failure = (errorClass: ErrorClass) =>
  new ConnectorError({ connectorId: 'x', errorClass, reason: `test.${errorClass}` });

describe('createAuthCache', () => {
  it('should reuse a credential until skew before expiry, then refresh', async () => {
    const t = clock();
    const src = issuer(600_000);
    const cache = createAuthCache({ refresh: src.refresh, skewMs: 30_000, now: t.now });
    expect(await cache.get()).toBe('token-1');
    t.advance(569_999);
    expect(await cache.get()).toBe('token-1');
    t.advance(1);
    expect(await cache.get()).toBe('token-2');
    expect(src.calls).toBe(2);
  });

  it('should cap the skew at half the lifetime so short-lived tokens are still reused', async () => {
    const t = clock();
    const src = issuer(10_000);
    const cache = createAuthCache({ refresh: src.refresh, skewMs: 30_000, now: t.now });
    await cache.get();
    t.advance(4_999);
    expect(await cache.get()).toBe('token-1');
    t.advance(1);
    expect(await cache.get()).toBe('token-2');
  });

  it('should honour an absolute expiresAt', async () => {
    const t = clock(0);
    let n = 0;
    const cache = createAuthCache({
      refresh: async () => ({ value: ++n, expiresAt: 100_000 }),
      skewMs: 10_000,
      now: t.now,
    });
    await cache.get();
    t.advance(89_999);
    expect(await cache.get()).toBe(1);
    t.advance(1);
    expect(await cache.get()).toBe(2);
  });

  it('should share one refresh among concurrent callers', async () => {
    const src = issuer();
    src.hold();
    const cache = createAuthCache({ refresh: src.refresh });
    const pending = Promise.all(Array.from({ length: 20 }, () => cache.get()));
    src.release();
    expect(new Set(await pending)).toEqual(new Set(['token-1']));
    expect(src.calls).toBe(1);
  });

  it('should not cache a failed refresh', async () => {
    let calls = 0;
    const cache = createAuthCache({
      refresh: async () => {
        calls += 1;
        if (calls === 1) throw failure('transient');
        return { value: 'ok' };
      },
    });
    await expect(cache.get()).rejects.toMatchObject({ errorClass: 'transient' });
    expect(await cache.get()).toBe('ok');
  });

  it('should refresh after a forced invalidate', async () => {
    const src = issuer();
    const cache = createAuthCache({ refresh: src.refresh });
    await cache.get();
    cache.invalidate();
    expect(await cache.get()).toBe('token-2');
  });

  it('should ignore invalidating a credential another caller already replaced', async () => {
    const src = issuer();
    const cache = createAuthCache({ refresh: src.refresh });
    await cache.get();
    cache.invalidate('token-1');
    expect(await cache.get()).toBe('token-2');
    cache.invalidate('token-1');
    expect(await cache.get()).toBe('token-2');
    expect(src.calls).toBe(2);
  });

  it('should retry exactly once with a fresh credential on an auth failure', async () => {
    const src = issuer();
    const cache = createAuthCache({ refresh: src.refresh });
    const seen: string[] = [];
    const result = await cache.withAuthRetry(async (token) => {
      seen.push(token);
      if (token === 'token-1') throw failure('auth');
      return 'done';
    });
    expect(result).toBe('done');
    expect(seen).toEqual(['token-1', 'token-2']);
  });

  it('should give up after the single retry when credentials stay rejected', async () => {
    const src = issuer();
    const cache = createAuthCache({ refresh: src.refresh });
    let attempts = 0;
    const call = cache.withAuthRetry(async () => {
      attempts += 1;
      throw failure('auth');
    });
    await expect(call).rejects.toMatchObject({ errorClass: 'auth' });
    expect(attempts).toBe(2);
    expect(src.calls).toBe(2);
  });

  it('should not retry non-auth failures', async () => {
    const src = issuer();
    const cache = createAuthCache({ refresh: src.refresh });
    let attempts = 0;
    const call = cache.withAuthRetry(async () => {
      attempts += 1;
      throw failure('transient');
    });
    await expect(call).rejects.toMatchObject({ errorClass: 'transient' });
    expect(attempts).toBe(1);
  });

  it('should not call fn at all when obtaining the credential is itself rejected', async () => {
    let refreshes = 0;
    const cache = createAuthCache<string>({
      refresh: async () => {
        refreshes += 1;
        throw failure('auth');
      },
    });
    let attempts = 0;
    const call = cache.withAuthRetry(async () => {
      attempts += 1;
    });
    await expect(call).rejects.toMatchObject({ errorClass: 'auth' });
    expect([attempts, refreshes]).toEqual([0, 1]);
  });

  it('should refresh once when a burst of concurrent calls is rejected together', async () => {
    const src = issuer();
    const cache = createAuthCache({ refresh: src.refresh });
    await cache.get();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        cache.withAuthRetry(async (token) => {
          if (token === 'token-1') throw failure('auth');
          return token;
        }),
      ),
    );
    expect(new Set(results)).toEqual(new Set(['token-2']));
    expect(src.calls).toBe(2);
  });
});

describe('createAuthCache with a signal', () => {
  it('should abandon one caller wait on abort while the shared refresh completes for others', async () => {
    const src = issuer();
    src.hold();
    const cache = createAuthCache({ refresh: src.refresh });
    const controller = new AbortController();
    const impatient = cache.get(controller.signal);
    const patient = cache.get();
    controller.abort(new DOMException('deadline', 'TimeoutError'));
    await expect(impatient).rejects.toMatchObject({ name: 'TimeoutError' });
    src.release();
    expect(await patient).toBe('token-1');
    expect(src.calls).toBe(1);
  });
});
