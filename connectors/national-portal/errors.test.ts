import { describe, expect, it } from 'vitest';
import type { HttpResponse } from '../kit/index.ts';
import {
  mappingError,
  PORTAL_CODES,
  portalAuthClassifier,
  portalClassifier,
  portalError,
  portalErrorKey,
} from './errors.ts';

const response = (headers: Record<string, string> = {}) =>
  ({ status: 200, headers: new Headers(headers) }) as unknown as HttpResponse;

describe('portalErrorKey', () => {
  it('should read 3 or -3 with "đã tồn tại" as exists, whatever the encoding', () => {
    expect(portalErrorKey(-3, 'Hồ sơ 000.00.01.H26-250703-0012 đã tồn tại trên hệ thống')).toBe(
      'exists',
    );
    expect(portalErrorKey('3', 'Hồ sơ đã tồn tại')).toBe('exists');
    expect(portalErrorKey('-3', 'Dữ liệu không hợp lệ')).toBe('-3');
  });

  it('should read an expired-session message as session_expired whatever its code', () => {
    expect(portalErrorKey(17, 'Phiên làm việc đã hết hạn')).toBe('session_expired');
    expect(portalErrorKey('-1', 'Session expired')).toBe('session_expired');
  });

  it('should normalise numeric codes and keep other codes as they are', () => {
    expect(portalErrorKey('04', undefined)).toBe('4');
    expect(portalErrorKey('E_X', '')).toBe('E_X');
  });
});

describe('portalClassifier', () => {
  it.each([
    [PORTAL_CODES.invalidCredentials, 'auth', 'portal.invalid_credentials'],
    [PORTAL_CODES.sessionExpired, 'auth', 'portal.session_expired'],
    [PORTAL_CODES.invalidData, 'permanent', 'portal.invalid_data'],
    [PORTAL_CODES.unknownDossier, 'permanent', 'portal.unknown_dossier'],
    [PORTAL_CODES.foreignDossierCode, 'permanent', 'portal.foreign_dossier_code'],
    [PORTAL_CODES.invalidTransition, 'permanent', 'portal.invalid_transition'],
    [PORTAL_CODES.unitNotAllowed, 'permanent', 'portal.unit_not_allowed'],
    [PORTAL_CODES.unknownService, 'permanent', 'portal.unknown_service'],
    [PORTAL_CODES.serverError, 'transient', 'portal.server_error'],
    ['exists', 'permanent', 'portal.already_exists'],
    [12345, 'permanent', 'system.unknown_code'],
  ])('should classify code %s as %s %s', (code, errorClass, reason) => {
    expect(portalClassifier.classify({ code })).toEqual({ class: errorClass, reason });
  });

  it('should treat an unknown code from the auth endpoint as a refused login', () => {
    expect(portalAuthClassifier.classify({ code: 12345 })).toEqual({
      class: 'auth',
      reason: 'portal.auth_rejected',
    });
    expect(portalAuthClassifier.classify({ code: PORTAL_CODES.serverError }).class).toBe(
      'transient',
    );
  });

  it('should classify HTTP 429 as throttled, honouring Retry-After', () => {
    expect(portalClassifier.classify({ status: 429, headers: { 'retry-after': '7' } })).toEqual({
      class: 'throttled',
      reason: 'portal.rate_limited',
      retryAfterMs: 7_000,
    });
    expect(portalClassifier.classify({ status: 429 }).retryAfterMs).toBe(1_000);
    expect(portalClassifier.classify({ status: 503 }).reason).toBe('http.unavailable');
  });
});

describe('portalError', () => {
  it('should keep the portal message out of the error message and its JSON', () => {
    const body = { error_code: 4, message: 'Dữ liệu không hợp lệ: ChuHoSo Nguyễn Thị Thu Hương' };
    const error = portalError(body, response(), { request: { service: 'DongBoHoSoMC' } });
    expect(error).toMatchObject({ errorClass: 'permanent', reason: 'portal.invalid_data' });
    expect(error.message).not.toContain('Nguyễn');
    expect(JSON.stringify(error)).not.toContain('Nguyễn');
    expect(error.response).toEqual(body);
  });

  it('should take retryAfterMs from a Retry-After header on a 200 error answer', () => {
    const error = portalError({ error_code: 99 }, response({ 'retry-after': '3' }));
    expect(error).toMatchObject({ errorClass: 'transient', retryAfterMs: 3_000 });
  });
});

describe('mappingError', () => {
  it('should list paths and rules, never values', () => {
    const error = mappingError([
      { path: 'owner.personalId', rule: 'personal_id.year_mismatch' },
      { path: '', rule: 'schema.invalid_type' },
    ]);
    expect(error).toMatchObject({ errorClass: 'permanent', reason: 'mapping.invalid' });
    expect(error.message).toBe(
      'national-portal: mapping.invalid: owner.personalId personal_id.year_mismatch; (root) schema.invalid_type',
    );
  });
});
