// Tests for a portal dossier → canonical Dossier: golden fixtures, ID rules, bad input as field errors, coverage.
import { describe, expect, it } from 'vitest';
import type { PortalDossier } from '../../contracts/wire/national-portal/dossier.ts';
import { portalDossierExample } from '../../contracts/wire/national-portal/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import ocpsExpected from './fixtures/portal-ocps-older-shape.canonical.expected.json' with {
  type: 'json',
};
import ocps from './fixtures/portal-ocps-older-shape.portal.json' with { type: 'json' };
import onlineExpected from './fixtures/portal-online-submission.canonical.expected.json' with {
  type: 'json',
};
import online from './fixtures/portal-online-submission.portal.json' with { type: 'json' };
import units from './fixtures/receiving-units.json' with { type: 'json' };
import { createPortalToDossierMapping, portalToDossierCoverage } from './portal-to-dossier.ts';
import { createReceivingUnitResolver, type ReceivingUnitEntry } from './receiving-unit.ts';

const toCanonical = createPortalToDossierMapping({
  resolveReceivingUnit: createReceivingUnitResolver(units as ReceivingUnitEntry[]),
});

function run(input: unknown) {
  const result = toCanonical.run(input);
  return {
    result,
    value: result.ok ? result.value : undefined,
    errors: result.ok ? [] : result.errors.map((e) => [e.path, e.rule]),
    warnings: result.ok ? result.warnings.map((w) => [w.path, w.rule]) : [],
  };
}

/** The wire example, received by Phường Ngọc Hà (2025-07 list) instead of 000.00.01.H26. */
const base: PortalDossier = { ...portalDossierExample, MaHoSo: '000.00.08.H26-250703-0012' };

describe('portalToDossier golden fixtures', () => {
  it('should map an online submission at a 2025-07 commune (00008 Phường Ngọc Hà)', () => {
    expect(toCanonical.run(online)).toEqual(onlineExpected);
  });

  it('should map the older OCPS shape at a 2025-01 district (001 Quận Ba Đình)', () => {
    expect(toCanonical.run(ocps)).toEqual(ocpsExpected);
  });
});

describe('portalToDossier rules', () => {
  it('should read every date as Vietnam time and "" as absent', () => {
    const { value } = run(base);
    expect(value?.dates).toEqual({
      submittedAt: '2025-07-03T08:15:00+07:00',
      receivedAt: '2025-07-03T09:30:00+07:00',
      dueAt: '2025-07-04T17:00:00+07:00',
    });
    expect(value?.receiptNumber).toBeUndefined();
  });

  it('should take a 12-digit SoGiayToChuHoSo as the personal ID and anything else as a passport', () => {
    const passport = run({ ...base, SoGiayToChuHoSo: 'B1234567', DinhDanhCHS: [] });
    expect(passport.value?.owner).toMatchObject({ passportNumber: 'B1234567' });
    const both = run({
      ...base,
      DinhDanhCHS: [
        { LoaiDinhDanh: '1', SoDinhDanh: '001190012345' },
        { LoaiDinhDanh: '2', SoDinhDanh: '012345678' },
      ],
    });
    expect(both.value?.owner).toMatchObject({ personalId: '001190012345', legacyId: '012345678' });
  });

  it('should report two different personal IDs for one owner', () => {
    expect(run({ ...base, SoGiayToChuHoSo: '001090000123' }).errors).toEqual([
      ['SoGiayToChuHoSo', 'owner.conflicting_ids'],
    ]);
  });

  it('should ignore a placeholder DinhDanhCHS on an organisation, with a warning', () => {
    const { value, warnings } = run({
      ...base,
      LoaiDoiTuong: '2',
      ChuHoSo: 'Công ty TNHH Ví Dụ',
      SoGiayToChuHoSo: '0100109106',
      DinhDanhCHS: [{ LoaiDinhDanh: '2', SoDinhDanh: '000000001' }],
    });
    expect(value?.owner).toEqual({
      kind: 'enterprise',
      name: 'Công ty TNHH Ví Dụ',
      enterpriseCode: '0100109106',
      techId: base.MaDoiTuong,
    });
    expect(warnings).toEqual([['DinhDanhCHS', 'owner.identity_ignored']]);
  });

  it('should correct HoSoCoThanhPhanSoHoa "0" when a component is digitized, with a warning', () => {
    const { value, warnings } = run({ ...base, HoSoCoThanhPhanSoHoa: '0' });
    expect(value?.hasDigitizedComponents).toBe(true);
    expect(warnings).toEqual([['HoSoCoThanhPhanSoHoa', 'dossier.digitized_flag_corrected']]);
  });

  it('should map NFD and NFC Vietnamese to identical canonical values', () => {
    const nfd: PortalDossier = {
      ...base,
      ChuHoSo: base.ChuHoSo?.normalize('NFD'),
      TenTTHC: base.TenTTHC.normalize('NFD'),
      TrichYeuHoSo: base.TrichYeuHoSo?.normalize('NFD'),
      DonViXuLy: base.DonViXuLy.normalize('NFD'),
    };
    expect(nfd.ChuHoSo).not.toBe(base.ChuHoSo);
    expect(run(nfd).value).toEqual(run(base).value);
  });
});

describe('portalToDossier bad input', () => {
  it('should give a field error for 31 February and for an unknown status code', () => {
    expect(run({ ...base, NgayTiepNhan: '20240231090000' }).errors).toEqual([
      ['NgayTiepNhan', 'schema.custom'],
    ]);
    expect(run({ ...base, TrangThaiHoSo: '11' }).errors).toEqual([
      ['TrangThaiHoSo', 'schema.invalid_value'],
    ]);
  });

  it('should give validator codes, masked, for a bad personal ID', () => {
    const { result } = run({
      ...base,
      SoGiayToChuHoSo: '',
      DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '999190012345' }],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'DinhDanhCHS[0].SoDinhDanh',
          rule: 'personal_id.unknown_province',
          message: 'The first three digits are not a known province-of-birth code',
          value: '99********45',
        },
      ],
    });
  });

  it('should report a dossier code that is not one, and an agency without a receiving unit', () => {
    expect(run({ ...base, MaHoSo: 'HS2025-0001' }).errors).toEqual([
      ['MaHoSo', 'dossier_code.invalid_format'],
    ]);
    expect(run({ ...base, MaHoSo: '000.00.99.H26-250703-0012' }).errors).toEqual([
      ['MaHoSo', 'receiving_unit.unknown_agency'],
    ]);
  });

  it('should refuse a commune code without list version that names different communes', () => {
    const ambiguous = createPortalToDossierMapping({
      resolveReceivingUnit: createReceivingUnitResolver([
        { agencyEId: '000.00.08.H26', level: 'commune', code: '00008' },
      ]),
    });
    const result = ambiguous.run(base);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, e.rule])).toEqual([
      ['MaHoSo', 'admin_unit.ambiguous_without_version'],
    ]);
    expect(result.errors[0]?.message).toContain('Phường Liễu Giai (2020-2024)');
    expect(result.errors[0]?.message).toContain('Phường Ngọc Hà (2025-07)');
  });

  it('should report blank required text, a fractional VND amount and a non-URL', () => {
    const result = run({
      ...base,
      ChuHoSo: '  ',
      DanhSachLePhi: [{ ...base.DanhSachLePhi![0]!, Gia: '1500.5' }],
      TaiLieuNop: [{ ...base.TaiLieuNop![0]!, DuongDanTaiTepTin: 'C:\\files\\a.pdf' }],
    });
    expect(result.errors).toEqual([
      ['TaiLieuNop[0].DuongDanTaiTepTin', 'url.invalid'],
      ['ChuHoSo', 'value.required'],
      ['DanhSachLePhi[0].Gia', 'amount.not_whole_vnd'],
    ]);
  });
});

describe('portalToDossier coverage', () => {
  it('should map or knowingly ignore every DongBoHoSoMC field', () => {
    expect(uncoveredFields(portalToDossierCoverage)).toEqual([]);
    expect(invalidCoverageEntries(portalToDossierCoverage)).toEqual([]);
  });
});
