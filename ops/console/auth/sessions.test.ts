import { describe, expect, it } from 'vitest';
import { hashToken, randomToken, sameToken } from './sessions.ts';

describe('session tokens', () => {
  it('should be 256 random bits in 43 URL-safe characters, never repeating', () => {
    const tokens = new Set(Array.from({ length: 100 }, randomToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) {
      expect(token).toMatch(/^[\w-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
  });

  it('should store a sha256 that does not contain the token', () => {
    const token = randomToken();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
  });

  it('should compare tokens exactly', () => {
    const token = randomToken();
    expect(sameToken(token, token)).toBe(true);
    expect(sameToken(token, `${token}x`)).toBe(false);
    expect(sameToken(token, randomToken())).toBe(false);
    expect(sameToken('', token)).toBe(false);
  });
});
