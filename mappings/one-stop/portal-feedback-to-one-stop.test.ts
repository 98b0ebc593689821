// Tests of the portal verdict → one-stop PhanHoiDVCQG callback.
import { describe, expect, it } from 'vitest';
import { OneStopPhanHoiDVCQGSchema } from '../../contracts/wire/one-stop/events.ts';
import { oneStopPhanHoiDVCQGExample } from '../../contracts/wire/one-stop/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import failed from './fixtures/portal-sync-outcome-failed.json' with { type: 'json' };
import failedWire from './fixtures/portal-sync-outcome-failed.one-stop.json' with { type: 'json' };
import ok from './fixtures/portal-sync-outcome-ok.json' with { type: 'json' };
import okWire from './fixtures/portal-sync-outcome-ok.one-stop.json' with { type: 'json' };
import {
  oneStopPortalFeedbackToOneStopCoverage as coverage,
  oneStopPortalFeedbackToOneStop as toOneStop,
} from './portal-feedback-to-one-stop.ts';

describe('one-stop.portal-feedback.to-one-stop', () => {
  it('should report a successful dossier sync as its golden callback, at +07:00', () => {
    expect(toOneStop.run(ok)).toEqual({ ok: true, value: okWire, warnings: [] });
  });

  it('should report a failed progress sync with the portal error verbatim', () => {
    expect(toOneStop.run(failed)).toEqual({ ok: true, value: failedWire, warnings: [] });
  });

  it('should produce what the contract example shows for the same verdict', () => {
    const result = toOneStop.run({
      dossierCode: oneStopPhanHoiDVCQGExample.MaHoSo,
      exchangeId: oneStopPhanHoiDVCQGExample.MaGiaoDich,
      service: 'dossier',
      synced: true,
      errorCode: '0',
      message: 'Đồng bộ hồ sơ thành công',
      at: '2025-07-03T02:31:12.000Z',
    });
    expect(result.ok && result.value).toEqual(oneStopPhanHoiDVCQGExample);
    expect(OneStopPhanHoiDVCQGSchema.safeParse(oneStopPhanHoiDVCQGExample).success).toBe(true);
  });

  it('should leave MaLoi and ThongBao out when the portal gave none', () => {
    const { errorCode: _e, message: _m, ...bare } = failed;
    const result = toOneStop.run(bare);
    expect(result.ok && Object.keys(result.value)).not.toContain('MaLoi');
  });

  it('should refuse a verdict that is not canonical without throwing', () => {
    const result = toOneStop.run({ ...ok, service: 'lookup', at: '2025-07-10 09:21' });
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['service', 'at']);
  });

  it('should cover every wire field', () => {
    expect(uncoveredFields(coverage)).toEqual([]);
    expect(invalidCoverageEntries(coverage)).toEqual([]);
  });
});
