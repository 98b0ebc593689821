// Tests of the one-stop result push → canonical results with the dossier's status change.
import { describe, expect, it } from 'vitest';
import { oneStopKetQuaPushExample } from '../../contracts/wire/one-stop/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import pushCanonical from './fixtures/ket-qua-push.canonical.json' with { type: 'json' };
import push from './fixtures/ket-qua-push.json' with { type: 'json' };
import {
  oneStopResultPushToCanonicalCoverage as coverage,
  oneStopResultPushToCanonical as toCanonical,
} from './result-push-to-canonical.ts';

describe('one-stop.result-push.to-canonical', () => {
  it('should map a result push to its golden canonical update', () => {
    expect(toCanonical.run(push)).toEqual({ ok: true, value: pushCanonical, warnings: [] });
  });

  it('should map the contract example to results and a status change', () => {
    const result = toCanonical.run(oneStopKetQuaPushExample);
    expect(result.ok && result.value.status).toBe('resolved');
    expect(result.ok && result.value.results).toEqual([
      {
        name: 'Giấy khai sinh',
        resultCode: 'KQ.G09-TP01.000001',
        fileUrl: 'https://motcua.hanoi.gov.vn/files/2025/07/04/giay-khai-sinh.pdf',
        documentNumber: '125/2025/KS',
        signedOn: '2025-07-04',
        issuingAgency: 'UBND phường Ba Đình',
      },
    ]);
  });

  it('should take the signing day in Vietnam time', () => {
    const item = { ...push.KetQua[0], NgayKy: '2025-07-10T23:30:00+00:00' };
    const result = toCanonical.run({ ...push, KetQua: [item] });
    expect(result.ok && result.value.results[0]?.signedOn).toBe('2025-07-11');
  });

  it('should report a non-http attachment, an unknown status and a bad dossier code as field errors', () => {
    const item = { ...push.KetQua[0], DinhKem: 'file:///C:/kq/giay-khai-sinh.pdf' };
    const bad = toCanonical.run({ ...push, KetQua: [item], MaHoSo: '000.00.97.h26-250710-31' });
    expect(!bad.ok && bad.errors.map((e) => [e.path, e.rule])).toEqual([
      ['MaHoSo', 'dossier_code.invalid_sequence'],
      ['KetQua[0].DinhKem', 'url.not_http'],
    ]);
    const status = toCanonical.run({ ...push, TrangThaiHoSo: 9 });
    expect(!status.ok && status.errors.map((e) => [e.path, e.rule])).toEqual([
      ['TrangThaiHoSo', 'schema.invalid_value'],
    ]);
  });

  it('should refuse an exchange id with spaces', () => {
    const result = toCanonical.run({ ...push, MaGiaoDich: 'giao dich 1' });
    expect(!result.ok && result.errors.map((e) => [e.path, e.rule])).toEqual([
      ['MaGiaoDich', 'code.invalid'],
    ]);
  });

  it('should map NFD and NFC text to identical canonical values', () => {
    const nfd = {
      ...push,
      GhiChu: push.GhiChu.normalize('NFD'),
      KetQua: [{ ...push.KetQua[0], TenGiayTo: push.KetQua[0]?.TenGiayTo.normalize('NFD') }],
    };
    expect(nfd.GhiChu).not.toBe(push.GhiChu);
    expect(toCanonical.run(nfd)).toEqual(toCanonical.run(push));
  });

  it('should cover every wire field', () => {
    expect(uncoveredFields(coverage)).toEqual([]);
    expect(invalidCoverageEntries(coverage)).toEqual([]);
  });
});
