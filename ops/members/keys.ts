// API keys (lt_<prefix>_<secret>), OAuth2 client credentials and certificate fingerprints.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** `lt_` + 8 hex characters of prefix + `_` + 32 random bytes in base64url (43 characters). */
export const API_KEY_PATTERN = /^lt_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedApiKey {
  /** The full key: shown once to the operator, never stored. */
  key: string;
  /** The 8 characters that find the key and name it in listings. */
  prefix: string;
  /** sha256 of the full key, hex: what is stored. */
  hash: string;
}

type RandomBytes = (size: number) => Buffer;

export function generateApiKey(random: RandomBytes = randomBytes): GeneratedApiKey {
  const prefix = random(4).toString('hex');
  const key = `lt_${prefix}_${random(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/** The key's prefix, or undefined when the string is not shaped like one of our keys. */
export function apiKeyPrefix(raw: string): string | undefined {
  return API_KEY_PATTERN.exec(raw)?.[1];
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Compares two hex digests in constant time (for equal lengths; lengths are not secret). */
export function digestsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}

/** A digest nothing hashes to in practice: compared against when no key was found, to spend the same work. */
export const UNMATCHABLE_DIGEST = '0'.repeat(64);

export interface GeneratedClient {
  clientId: string;
  /** Shown once; only its scrypt hash is stored. */
  clientSecret: string;
}

export function generateClientCredentials(random: RandomBytes = randomBytes): GeneratedClient {
  return {
    clientId: `ltc_${random(8).toString('hex')}`,
    clientSecret: random(32).toString('base64url'),
  };
}

/**
 * Normalizes a sha256 certificate fingerprint to 64 lower-case hex characters. Accepts the
 * `AB:CD:…` form of openssl and Node's `fingerprint256`. Undefined when it is not one.
 */
export function normalizeFingerprint(input: string): string | undefined {
  const hex = input.trim().replaceAll(':', '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : undefined;
}
