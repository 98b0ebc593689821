// Tests of canonical Procedure → one-stop ThuTuc for catalogue sync.
import { describe, expect, it } from 'vitest';
import { exampleProcedure } from '../../contracts/canonical/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import procedure from './fixtures/procedure.canonical.json' with { type: 'json' };
import thuTuc from './fixtures/procedure.one-stop.json' with { type: 'json' };
import {
  oneStopProcedureToOneStopCoverage as coverage,
  oneStopProcedureToOneStop as toOneStop,
} from './procedure-to-one-stop.ts';

describe('one-stop.procedure.to-one-stop', () => {
  it('should map a national procedure to its golden ThuTuc', () => {
    expect(toOneStop.run(procedure)).toEqual({ ok: true, value: thuTuc, warnings: [] });
  });

  it('should derive the main result, processing time and no-result flag when not given', () => {
    const result = toOneStop.run(exampleProcedure);
    expect(result.ok && result.value).toEqual({
      MaTTHC: '1.001776.000.00.00.H26',
      TenTTHC: 'Thủ tục ví dụ',
      MaLinhVucChinh: 'G03-GD10',
      CoQuanThucHienChinh: 'UBND thành phố',
      MaKetQuaChinh: 'KQ01',
      TenKetQuaChinh: 'Giấy chứng nhận',
      ThoiGianGiaiQuyet: '5 Ngày làm việc',
      MucDo: '4',
      LienThong: false,
      ThuTucKhongCoKetQua: false,
    });
  });

  it('should send TH default MucDo "2" with a warning when no service level is known', () => {
    const { serviceLevel: _s, ...rest } = procedure;
    const result = toOneStop.run(rest);
    expect(result.ok && result.value.MucDo).toBe('2');
    expect(result.ok && result.warnings.map((w) => w.rule)).toEqual([
      'procedure.service_level_defaulted',
    ]);
  });

  it('should warn about a procedure the national catalogue does not publish', () => {
    const result = toOneStop.run({ ...procedure, published: false });
    expect(result.ok && result.warnings.map((w) => [w.path, w.rule])).toEqual([
      ['published', 'procedure.not_published'],
    ]);
  });

  it('should refuse a procedure without a sector or with an unusable local code', () => {
    const result = toOneStop.run({ ...procedure, sectors: [], localCode: '1.001193-HN' });
    expect(!result.ok && result.errors.map((e) => [e.path, e.rule])).toEqual([
      ['sectors', 'value.required'],
      ['localCode', 'procedure.local_code_invalid'],
    ]);
  });

  it('should cover every wire field', () => {
    expect(uncoveredFields(coverage)).toEqual([]);
    expect(invalidCoverageEntries(coverage)).toEqual([]);
  });
});
