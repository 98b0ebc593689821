// The one-stop error table and how a MaLoi body refines a status classification.
import { describe, expect, it } from 'vitest';
import { ConnectorError } from '../kit/index.ts';
import { refineError } from './client.ts';
import { ONE_STOP_ERROR_CODES, oneStopClassifier } from './errors.ts';

/** What the HTTP client throws for a non-2xx status, before refineError looks at the body. */
function statusError(status: number, body: unknown, retryAfterMs?: number): ConnectorError {
  const rule = oneStopClassifier.classify({ status });
  return new ConnectorError({
    connectorId: 'one-stop',
    errorClass: rule.class,
    reason: rule.reason,
    status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    response: { status, headers: {}, body: JSON.stringify(body) },
  });
}

describe('oneStopClassifier', () => {
  it('should classify every MaLoi the one-stop answers with', () => {
    const C = ONE_STOP_ERROR_CODES;
    const classes = Object.fromEntries(
      Object.values(C).map((code) => [code, oneStopClassifier.classify({ code }).class]),
    );
    expect(classes).toEqual({
      [C.invalidApiKey]: 'auth',
      [C.invalidPayload]: 'permanent',
      [C.invalidDossierCode]: 'permanent',
      [C.invalidPage]: 'permanent',
      [C.keyReused]: 'permanent',
      [C.notFound]: 'permanent',
      [C.rateLimited]: 'throttled',
      [C.maintenance]: 'transient',
      [C.internal]: 'transient',
    });
  });
});

describe('refineError', () => {
  it('should reclassify by MaLoi, keep status and Retry-After, and name only field paths', () => {
    const error = statusError(400, {
      ThanhCong: false,
      MaLoi: 'DU_LIEU_KHONG_HOP_LE',
      ThongBao: 'x',
      ChiTiet: [{ TruongDuLieu: 'ChuHoSo.SoGiayTo', MoTa: '001190012345' }],
    });
    const refined = refineError(error) as ConnectorError;
    expect(refined).toMatchObject({
      errorClass: 'permanent',
      reason: 'one-stop.invalid_payload',
      status: 400,
    });
    expect(refined.message).toContain('ChuHoSo.SoGiayTo');
    expect(refined.message).not.toContain('001190012345');
    const throttled = refineError(
      statusError(429, { ThanhCong: false, MaLoi: 'VUOT_HAN_MUC', ThongBao: '' }, 2_000),
    );
    expect(throttled).toMatchObject({ errorClass: 'throttled', retryAfterMs: 2_000 });
  });

  it('should keep the status classification for an unknown MaLoi or a foreign body', () => {
    const unknown = statusError(503, { ThanhCong: false, MaLoi: 'MOI', ThongBao: '' });
    const foreign = statusError(503, { error: 'simulated_fault' });
    expect(refineError(unknown)).toBe(unknown);
    expect(refineError(foreign)).toBe(foreign);
    expect((refineError(foreign) as ConnectorError).reason).toBe('http.unavailable');
  });
});
