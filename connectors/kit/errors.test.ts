import { describe, expect, it } from 'vitest';
import { measureCheck } from './check.ts';
import { ConnectorError, isConnectorError, toClassifiedError } from './errors.ts';

describe('ConnectorError', () => {
  const error = new ConnectorError({
    connectorId: 'national-portal',
    errorClass: 'auth',
    reason: 'portal.session_expired',
    status: 200,
    request: { MaHoSo: 'x', SoCMND: '001099012345' },
    response: { error_code: '-1' },
  });

  it('should carry its classification as data', () => {
    expect(error.toClassified()).toEqual({
      class: 'auth',
      reason: 'portal.session_expired',
      message: 'national-portal: portal.session_expired (HTTP 200)',
      status: 200,
    });
    expect(isConnectorError(error)).toBe(true);
    expect(error).toBeInstanceOf(Error);
  });

  it('should keep request and response readable but out of JSON and enumeration', () => {
    expect(error.request).toMatchObject({ SoCMND: '001099012345' });
    expect(JSON.stringify(error)).not.toContain('001099012345');
    expect(Object.keys(error)).not.toContain('request');
    expect({ ...error }).not.toHaveProperty('response');
  });
});

describe('toClassifiedError', () => {
  it('should classify unknown throws as permanent without echoing their message', () => {
    const classified = toClassifiedError(new TypeError('name Nguyễn Văn A is invalid'));
    expect(classified).toEqual({
      class: 'permanent',
      reason: 'connector.unexpected_error',
      message: 'TypeError: unexpected error',
    });
  });
});

describe('measureCheck', () => {
  it('should report success with latency and detail', async () => {
    let t = 100;
    const result = await measureCheck(
      async () => {
        t += 25;
        return 'v2';
      },
      () => t,
    );
    expect(result).toEqual({ ok: true, latencyMs: 25, detail: 'v2' });
  });

  it('should turn a failure into data instead of throwing', async () => {
    const result = await measureCheck(async () => {
      throw new ConnectorError({ connectorId: 'x', errorClass: 'transient', reason: 'timeout' });
    });
    expect(result).toMatchObject({ ok: false, error: { class: 'transient', reason: 'timeout' } });
  });
});
