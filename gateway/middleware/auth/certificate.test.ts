// Client-certificate binding: read from a TLS socket, skipped on plain HTTP.
import { describe, expect, it } from 'vitest';
import { certificateAllows, peerCertificate } from './certificate.ts';

const hex = 'a1'.repeat(32);
const colons = hex.toUpperCase().match(/../g)!.join(':');
const tlsEnv = (certificate: object | null) => ({
  incoming: { socket: { encrypted: true, getPeerCertificate: () => certificate } },
});

describe('peerCertificate', () => {
  it('should read and normalize fingerprint256 from a TLS socket', () => {
    expect(peerCertificate(tlsEnv({ fingerprint256: colons }))).toEqual({
      tls: true,
      fingerprint: hex,
    });
  });

  it('should see TLS without a certificate when the client sent none', () => {
    expect(peerCertificate(tlsEnv({}))).toEqual({ tls: true, fingerprint: undefined });
    expect(peerCertificate(tlsEnv(null))).toEqual({ tls: true, fingerprint: undefined });
  });

  it('should treat anything without getPeerCertificate as plain HTTP', () => {
    for (const env of [undefined, {}, { incoming: {} }, { incoming: { socket: {} } }])
      expect(peerCertificate(env)).toEqual({ tls: false });
  });
});

describe('certificateAllows', () => {
  it('should require the bound certificate over TLS only', () => {
    expect(certificateAllows(tlsEnv({ fingerprint256: colons }), hex)).toBe(true);
    expect(certificateAllows(tlsEnv({ fingerprint256: colons }), 'b2'.repeat(32))).toBe(false);
    expect(certificateAllows(tlsEnv({}), hex)).toBe(false);
    expect(certificateAllows(undefined, hex)).toBe(true);
    expect(certificateAllows(tlsEnv({}), null)).toBe(true);
  });
});
