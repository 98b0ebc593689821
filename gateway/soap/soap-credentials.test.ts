// Reading WS-Security UsernameToken / HTTP credentials and the idempotency key from a parsed SOAP message.
import { describe, expect, it } from 'vitest';
import { PASSWORD_TEXT, readIdempotencyKey, readSoapCredentials } from './soap-credentials.ts';

const none = { apiKey: undefined, authorization: undefined };
const token = (Username: unknown, Password: unknown) => ({
  Security: { UsernameToken: { Username, Password } },
});

describe('readSoapCredentials', () => {
  it('should read a UsernameToken with a typed or untyped PasswordText', () => {
    const typed = { attributes: { Type: PASSWORD_TEXT }, $value: ' lt_key ' };
    expect(readSoapCredentials(token('giaoduc', typed), none)).toEqual({
      kind: 'api_key',
      value: 'lt_key',
      username: 'giaoduc',
    });
    expect(readSoapCredentials(token('giaoduc', 'lt_key'), none)).toMatchObject({
      value: 'lt_key',
    });
  });

  it('should fall back to X-API-Key or Bearer when there is no Security header', () => {
    expect(
      readSoapCredentials({ MessageID: 'x' }, { apiKey: 'lt_key', authorization: undefined }),
    ).toEqual({
      kind: 'api_key',
      value: 'lt_key',
    });
    expect(
      readSoapCredentials(undefined, { apiKey: undefined, authorization: 'Bearer a.b.c' }),
    ).toEqual({
      kind: 'bearer',
      value: 'a.b.c',
    });
    expect(readSoapCredentials(undefined, none)).toEqual({ kind: 'missing' });
  });

  it('should call a digest, a half token, or a token plus an HTTP key unusable', () => {
    const digest = {
      attributes: { Type: `${PASSWORD_TEXT.split('#')[0]}#PasswordDigest` },
      $value: 'x',
    };
    for (const headers of [
      token('giaoduc', digest),
      token('', 'lt_key'),
      token('giaoduc', ''),
      token({}, 'lt_key'),
    ])
      expect(readSoapCredentials(headers, none)).toEqual({ kind: 'unusable' });
    expect(
      readSoapCredentials(token('giaoduc', 'lt_key'), {
        apiKey: 'lt_key',
        authorization: undefined,
      }),
    ).toEqual({
      kind: 'unusable',
    });
  });

  it('should call a Security header without a UsernameToken missing', () => {
    expect(readSoapCredentials({ Security: { Timestamp: {} } }, none)).toEqual({ kind: 'missing' });
  });
});

describe('readIdempotencyKey', () => {
  it('should take MessageID or the Idempotency-Key header, or none', () => {
    expect(readIdempotencyKey({ MessageID: 'urn:uuid:1' }, undefined)).toEqual({
      ok: true,
      key: 'urn:uuid:1',
    });
    expect(
      readIdempotencyKey({ MessageID: { attributes: {}, $value: 'urn:uuid:2' } }, undefined),
    ).toEqual({
      ok: true,
      key: 'urn:uuid:2',
    });
    expect(readIdempotencyKey(undefined, 'k-1')).toEqual({ ok: true, key: 'k-1' });
    expect(readIdempotencyKey({}, undefined)).toEqual({ ok: true, key: null });
    expect(readIdempotencyKey({ MessageID: 'same' }, 'same')).toEqual({ ok: true, key: 'same' });
  });

  it('should refuse malformed keys and two keys that disagree, naming the field', () => {
    expect(readIdempotencyKey({ MessageID: 'has space' }, undefined)).toMatchObject({
      ok: false,
      path: 'Header.MessageID',
    });
    expect(readIdempotencyKey({ MessageID: {} }, undefined)).toMatchObject({ ok: false });
    expect(readIdempotencyKey({}, 'x'.repeat(256))).toMatchObject({
      ok: false,
      path: 'http:Idempotency-Key',
    });
    expect(readIdempotencyKey({ MessageID: 'a' }, 'b')).toMatchObject({
      ok: false,
      path: 'Header.MessageID',
    });
  });
});
