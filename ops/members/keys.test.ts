// API key format, hashing, constant-time comparison, client credentials and fingerprints.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  API_KEY_PATTERN,
  apiKeyPrefix,
  digestsEqual,
  generateApiKey,
  generateClientCredentials,
  hashApiKey,
  normalizeFingerprint,
  UNMATCHABLE_DIGEST,
} from './keys.ts';

describe('generateApiKey', () => {
  it('should produce lt_<8 hex>_<43 base64url> whose prefix is the 8 hex characters', () => {
    const { key, prefix } = generateApiKey();
    expect(key).toMatch(/^lt_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(key.slice(3, 11)).toBe(prefix);
    expect(apiKeyPrefix(key)).toBe(prefix);
  });

  it('should carry 32 random bytes after the prefix', () => {
    const bytes = Buffer.alloc(32, 0xab);
    const { key } = generateApiKey((size) => (size === 32 ? bytes : Buffer.alloc(size, 1)));
    expect(key).toBe(`lt_01010101_${bytes.toString('base64url')}`);
    expect(Buffer.from(key.slice(12), 'base64url')).toEqual(bytes);
  });

  it('should store the sha256 hex of the whole key, not the key', () => {
    const { key, hash } = generateApiKey();
    expect(hash).toBe(createHash('sha256').update(key).digest('hex'));
    expect(hash).toBe(hashApiKey(key));
    expect(hash).not.toContain(key.slice(12));
  });

  it('should not repeat keys or prefixes across many draws', () => {
    const keys = Array.from({ length: 500 }, () => generateApiKey());
    expect(new Set(keys.map((k) => k.key)).size).toBe(500);
    expect(new Set(keys.map((k) => k.hash)).size).toBe(500);
  });
});

describe('apiKeyPrefix', () => {
  it('should reject strings that are not shaped like a key', () => {
    const good = generateApiKey().key;
    for (const bad of [
      '',
      'lt_',
      good.slice(0, -1),
      `${good}x`,
      good.replace('lt_', 'LT_'),
      good.replace(/^lt_[0-9a-f]{8}/, 'lt_ABCDEF12'),
      ` ${good}`,
      good.replace(/_([A-Za-z0-9_-]{43})$/, '.$1'),
    ]) {
      expect(apiKeyPrefix(bad), bad).toBeUndefined();
    }
  });

  it('should accept every generated key and return its prefix (property, 300 runs)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 36, maxLength: 36 }), (raw) => {
        const bytes = Buffer.from(raw);
        let offset = 0;
        const { key, prefix } = generateApiKey((size) => {
          const part = bytes.subarray(offset, offset + size);
          offset += size;
          return part;
        });
        return API_KEY_PATTERN.test(key) && apiKeyPrefix(key) === prefix;
      }),
      { numRuns: 300 },
    );
  });
});

describe('digestsEqual', () => {
  it('should be true only for identical digests', () => {
    const a = hashApiKey('a');
    expect(digestsEqual(a, hashApiKey('a'))).toBe(true);
    expect(digestsEqual(a, hashApiKey('b'))).toBe(false);
    expect(digestsEqual(a, UNMATCHABLE_DIGEST)).toBe(false);
  });

  it('should be false, not throw, when lengths differ', () => {
    expect(digestsEqual(hashApiKey('a'), 'abc')).toBe(false);
    expect(digestsEqual('', hashApiKey('a'))).toBe(false);
  });

  it('should agree with string equality on arbitrary digests (property, 300 runs)', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{0,64}$/);
    fc.assert(
      fc.property(hex, hex, (a, b) => digestsEqual(a, b) === (a === b)),
      { numRuns: 300 },
    );
  });
});

describe('generateClientCredentials', () => {
  it('should produce an ltc_ client id and a 43-character base64url secret', () => {
    const { clientId, clientSecret } = generateClientCredentials();
    expect(clientId).toMatch(/^ltc_[0-9a-f]{16}$/);
    expect(clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('normalizeFingerprint', () => {
  const hex = 'ab'.repeat(32);

  it('should accept Node fingerprint256 and bare hex alike', () => {
    const colons = hex.toUpperCase().match(/../g)!.join(':');
    expect(normalizeFingerprint(colons)).toBe(hex);
    expect(normalizeFingerprint(hex.toUpperCase())).toBe(hex);
    expect(normalizeFingerprint(` ${hex} `)).toBe(hex);
  });

  it('should reject sha1-length and non-hex input', () => {
    expect(normalizeFingerprint('ab'.repeat(20))).toBeUndefined();
    expect(normalizeFingerprint(`${'ab'.repeat(31)}zz`)).toBeUndefined();
    expect(normalizeFingerprint('')).toBeUndefined();
  });
});
