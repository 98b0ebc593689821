// Tests of canonical results + status → one-stop result push, and the push round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import { resultUpdate } from './arbitraries.ts';
import update from './fixtures/result-update.canonical.json' with { type: 'json' };
import updateWire from './fixtures/result-update.one-stop.json' with { type: 'json' };
import { oneStopResultPushToCanonical as toCanonical } from './result-push-to-canonical.ts';
import {
  oneStopResultPushToOneStopCoverage as coverage,
  oneStopResultPushToOneStop as toOneStop,
} from './result-push-to-one-stop.ts';

describe('one-stop.result-push.to-one-stop', () => {
  it('should push a sector answer as its golden KetQua push, taking the URL from an attachment', () => {
    expect(toOneStop.run(update)).toEqual({ ok: true, value: updateWire, warnings: [] });
  });

  it('should report a result with no http(s) download URL', () => {
    const results = [
      { name: 'Giấy phép', resultCode: 'KQ01', attachments: [{ url: 'kho://giay-phep' }] },
    ];
    const result = toOneStop.run({ ...update, results });
    expect(!result.ok && result.errors.map((e) => [e.path, e.rule])).toEqual([
      ['results[0].fileUrl', 'value.required'],
    ]);
  });

  it('should push a sector result without signing metadata (education results carry none)', () => {
    const results = [
      { name: 'Giấy báo trúng tuyển', fileUrl: 'https://giaoduc.hanoi.gov.vn/kq/1.pdf' },
    ];
    const result = toOneStop.run({ ...update, results });
    expect(result.ok && result.value.KetQua).toEqual([
      { TenGiayTo: 'Giấy báo trúng tuyển', DinhKem: 'https://giaoduc.hanoi.gov.vn/kq/1.pdf' },
    ]);
  });

  it('should refuse an update that is not canonical without throwing', () => {
    const result = toOneStop.run({ ...update, dossierCode: 'HS-1' });
    expect(!result.ok && result.errors[0]?.path).toBe('dossierCode');
  });

  it('should round-trip canonical → KetQua push → canonical', () => {
    fc.assert(
      fc.property(resultUpdate, (value) => {
        const wire = toOneStop.run(value);
        expect(wire.ok).toBe(true);
        if (!wire.ok) return;
        expect(toCanonical.run(wire.value)).toEqual({ ok: true, value, warnings: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('should cover every wire field', () => {
    expect(uncoveredFields(coverage)).toEqual([]);
    expect(invalidCoverageEntries(coverage)).toEqual([]);
  });
});
