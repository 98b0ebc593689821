// The credential cache: successes are reused within the TTL, failures never are.
import { describe, expect, it } from 'vitest';
import { cachedCredentials } from './credential-cache.ts';

function fakeMembers(ok: boolean) {
  const calls = { key: 0, token: 0 };
  const member = { id: 'm', name: 'M', rights: [], certFingerprint: null };
  return {
    calls,
    members: {
      async authenticateKey() {
        calls.key++;
        return ok ? ({ ok: true, member } as const) : ({ ok: false, code: 'key.unknown' } as const);
      },
      async verifyToken() {
        calls.token++;
        return ok
          ? ({ ok: true, member, tokenId: 't' } as const)
          : ({ ok: false, code: 'token.invalid' } as const);
      },
    },
  };
}

describe('cachedCredentials', () => {
  it('should reuse a successful check within the TTL and check again after it', async () => {
    let clock = 0;
    const { calls, members } = fakeMembers(true);
    const cached = cachedCredentials(members as never, { ttlMs: 1000, now: () => clock });
    await cached.authenticateKey('k');
    await cached.authenticateKey('k');
    expect(calls.key).toBe(1);
    clock = 1000;
    await cached.authenticateKey('k');
    expect(calls.key).toBe(2);
  });

  it('should never remember a failure', async () => {
    const { calls, members } = fakeMembers(false);
    const cached = cachedCredentials(members as never);
    expect((await cached.authenticateKey('bad')).ok).toBe(false);
    expect((await cached.authenticateKey('bad')).ok).toBe(false);
    expect((await cached.verifyToken('bad')).ok).toBe(false);
    expect(calls).toEqual({ key: 2, token: 1 });
  });

  it('should keep at most max entries', async () => {
    const { calls, members } = fakeMembers(true);
    const cached = cachedCredentials(members as never, { max: 2 });
    for (const k of ['a', 'b', 'c', 'a']) await cached.authenticateKey(k);
    expect(calls.key).toBe(4);
  });
});
