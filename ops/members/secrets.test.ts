// scrypt client-secret hashes: verify the right secret only, refuse malformed or abusive hashes.
import { describe, expect, it } from 'vitest';
import { decoySecretHash, hashSecret, verifySecret } from './secrets.ts';

describe('hashSecret', () => {
  it('should record scheme and parameters and salt each hash', async () => {
    const first = await hashSecret('s3cret');
    const second = await hashSecret('s3cret');
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('s3cret');
  });
});

describe('verifySecret', () => {
  it('should accept the secret and refuse any other', async () => {
    const stored = await hashSecret('correct horse');
    expect(await verifySecret('correct horse', stored)).toBe(true);
    expect(await verifySecret('correct horsf', stored)).toBe(false);
    expect(await verifySecret('', stored)).toBe(false);
  });

  it('should refuse malformed hashes and parameters far above ours', async () => {
    const stored = await hashSecret('x');
    const parts = stored.split('$');
    expect(await verifySecret('x', 'plain')).toBe(false);
    expect(await verifySecret('x', stored.replace('scrypt$', 'bcrypt$'))).toBe(false);
    expect(await verifySecret('x', [...parts.slice(0, 5), 'c2hvcnQ'].join('$'))).toBe(false);
    expect(await verifySecret('x', ['scrypt', 1 << 24, ...parts.slice(2)].join('$'))).toBe(false);
  });

  it('should offer a decoy hash that verifies no guessable secret', async () => {
    const decoy = await decoySecretHash();
    expect(decoy).toBe(await decoySecretHash());
    expect(await verifySecret('', decoy)).toBe(false);
  });
});
