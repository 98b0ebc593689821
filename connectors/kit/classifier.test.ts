import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineClassifier, networkErrorKey } from './classifier.ts';
import { ConnectorError } from './errors.ts';
import { parseRetryAfter } from './retry-after.ts';

describe('defineClassifier', () => {
  const defaults = defineClassifier();

  it.each([
    [401, 'auth', 'http.unauthorized'],
    [403, 'auth', 'http.forbidden'],
    [408, 'transient', 'http.request_timeout'],
    [425, 'transient', 'http.too_early'],
    [429, 'throttled', 'http.too_many_requests'],
    [500, 'transient', 'http.server_error'],
    [502, 'transient', 'http.bad_gateway'],
    [503, 'transient', 'http.unavailable'],
    [504, 'transient', 'http.gateway_timeout'],
    [400, 'permanent', 'http.client_error'],
    [422, 'permanent', 'http.client_error'],
    [501, 'permanent', 'http.not_implemented'],
    [520, 'transient', 'http.server_error'],
    [302, 'permanent', 'http.unexpected_redirect'],
    [199, 'permanent', 'http.unexpected_status'],
  ] as const)('should classify HTTP %i as %s (%s) by default', (status, errorClass, reason) => {
    expect(defaults.classify({ status })).toEqual({ class: errorClass, reason });
  });

  it('should prefer an exact status over its family and connector rules over defaults', () => {
    const classifier = defineClassifier({
      http: {
        '409': { class: 'permanent', reason: 'portal.duplicate' },
        '4xx': { class: 'permanent', reason: 'portal.rejected' },
        '401': { class: 'auth', reason: 'portal.session_expired' },
      },
    });
    expect(classifier.classify({ status: 409 }).reason).toBe('portal.duplicate');
    expect(classifier.classify({ status: 418 }).reason).toBe('portal.rejected');
    expect(classifier.classify({ status: 401 }).reason).toBe('portal.session_expired');
    expect(classifier.classify({ status: 429 }).class).toBe('throttled');
  });

  it('should read Retry-After in seconds or as an HTTP-date, capped', () => {
    const now = Date.UTC(2025, 0, 1, 0, 0, 0);
    const seconds = defaults.classify({ status: 429, headers: { 'Retry-After': '120' } });
    expect(seconds.retryAfterMs).toBe(120_000);
    const date = defaults.classify({
      status: 503,
      headers: new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:30 GMT' }),
      now,
    });
    expect(date).toEqual({ class: 'transient', reason: 'http.unavailable', retryAfterMs: 30_000 });
    const capped = defineClassifier({ maxRetryAfterMs: 60_000 });
    expect(capped.classify({ status: 429, headers: { 'retry-after': '86400' } }).retryAfterMs).toBe(
      60_000,
    );
  });

  it.each([
    [Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }), 'network.connection_refused'],
    [new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }), 'network.connection_reset'],
    [
      new TypeError('fetch failed', { cause: { code: 'UND_ERR_SOCKET' } }),
      'network.connection_reset',
    ],
    [new DOMException('deadline', 'TimeoutError'), 'timeout'],
    [new DOMException('stop', 'AbortError'), 'aborted'],
    [{ code: 'UND_ERR_HEADERS_TIMEOUT' }, 'timeout'],
    [new AggregateError([{ code: 'EHOSTUNREACH' }]), 'network.unreachable'],
    [{ code: 'ESOMETHINGNEW' }, 'network.error'],
  ])('should classify network error %# as transient %s', (error, reason) => {
    expect(defaults.classify({ error })).toEqual({ class: 'transient', reason });
  });

  it('should treat a thrown value without any code as a permanent unexpected error', () => {
    expect(defaults.classify({ error: new TypeError('x is not a function') })).toEqual({
      class: 'permanent',
      reason: 'connector.unexpected_error',
    });
  });

  it('should keep the classification of an existing ConnectorError', () => {
    const error = new ConnectorError({
      connectorId: 'x',
      errorClass: 'throttled',
      reason: 'portal.quota',
      retryAfterMs: 5,
    });
    expect(defaults.classify({ error })).toEqual({
      class: 'throttled',
      reason: 'portal.quota',
      retryAfterMs: 5,
    });
    expect(defaults.toError({ error }, { connectorId: 'y' })).toBe(error);
  });

  it('should map system error codes and fall back to permanent for unknown ones', () => {
    const classifier = defineClassifier({
      codes: {
        '-1': { class: 'permanent', reason: 'portal.invalid_payload' },
        BUSY: { class: 'throttled', reason: 'portal.busy', retryAfterMs: 2_000 },
      },
    });
    expect(classifier.classify({ code: -1 }).reason).toBe('portal.invalid_payload');
    expect(classifier.classify({ code: 'BUSY' })).toEqual({
      class: 'throttled',
      reason: 'portal.busy',
      retryAfterMs: 2_000,
    });
    expect(classifier.classify({ code: '99' })).toEqual({
      class: 'permanent',
      reason: 'system.unknown_code',
    });
  });

  it('should build a ConnectorError with status, retryAfterMs and hidden payloads', () => {
    const error = defaults.toError(
      { status: 503, headers: { 'retry-after': '3' } },
      { connectorId: 'health', response: { body: 'Nguyễn Văn A' } },
    );
    expect(error).toMatchObject({
      connectorId: 'health',
      errorClass: 'transient',
      reason: 'http.unavailable',
      status: 503,
      retryAfterMs: 3_000,
      message: 'health: http.unavailable (HTTP 503)',
    });
    expect(error.response).toEqual({ body: 'Nguyễn Văn A' });
    expect(JSON.stringify(error)).not.toContain('Nguyễn');
  });

  it('should always answer one of the four classes for any status (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), (status) => {
        const { class: c } = defaults.classify({ status });
        return ['transient', 'throttled', 'permanent', 'auth'].includes(c);
      }),
      { numRuns: 500 },
    );
  });
});

describe('networkErrorKey', () => {
  it('should stop at a bounded depth on a cyclic cause chain', () => {
    const a: { cause?: unknown } = {};
    a.cause = a;
    expect(networkErrorKey(a)).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  it('should read whole seconds as milliseconds (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (seconds) => {
        return parseRetryAfter(String(seconds)) === seconds * 1000;
      }),
      { numRuns: 200 },
    );
  });

  it('should read an HTTP-date relative to now and never go negative (property)', () => {
    const now = Date.UTC(2025, 5, 1);
    fc.assert(
      fc.property(fc.integer({ min: -86_400, max: 86_400 }), (offset) => {
        const value = new Date(now + offset * 1000).toUTCString();
        return parseRetryAfter(value, now) === Math.max(0, offset * 1000);
      }),
      { numRuns: 200 },
    );
  });

  it.each([null, undefined, '', 'soon', '-5', '1.5', '2025-01-01'])(
    'should ignore the unreadable value %j',
    (value) => {
      expect(parseRetryAfter(value)).toBeUndefined();
    },
  );
});
