// Tests of one-stop HoSo → canonical Dossier: golden fixtures, field errors, NFC and coverage.
import { describe, expect, it } from 'vitest';
import { oneStopHoSoExample } from '../../contracts/wire/one-stop/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import {
  oneStopDossierToCanonicalCoverage as coverage,
  oneStopDossierToCanonical as toCanonical,
} from './dossier-to-canonical.ts';
import districtCanonical from './fixtures/hoso-district-2025-01.canonical.json' with {
  type: 'json',
};
import district from './fixtures/hoso-district-2025-01.json' with { type: 'json' };
import wardCanonical from './fixtures/hoso-ward-2025-07.canonical.json' with { type: 'json' };
import ward from './fixtures/hoso-ward-2025-07.json' with { type: 'json' };

type Patch = Record<string, unknown>;
const withHoSo = (patch: Patch) => ({ ...ward, ...patch });
const withChuHoSo = (patch: Patch, base: Patch = ward) => ({
  ...base,
  ChuHoSo: { ...(base.ChuHoSo as Patch), ...patch },
});

function errorsOf(input: unknown) {
  const result = toCanonical.run(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('one-stop.dossier.to-canonical', () => {
  it('should map a ward dossier under the two-tier 2025-07 list to its golden canonical form', () => {
    expect(toCanonical.run(ward)).toEqual({ ok: true, value: wardCanonical, warnings: [] });
  });

  it('should map a district dossier under the three-tier 2025-01 list to its golden canonical form', () => {
    const result = toCanonical.run(district);
    expect(result.ok && result.value).toEqual(districtCanonical);
    expect(result.ok && result.warnings.map((w) => [w.path, w.rule])).toEqual([
      ['NgayNop', 'dossier.submitted_at_from_received'],
    ]);
  });

  it('should map the contract example', () => {
    const result = toCanonical.run(oneStopHoSoExample);
    expect(result.ok && result.value.receivingUnit).toEqual({
      level: 'commune',
      unit: { code: '00004', listVersion: '2025-07', name: 'Phường Ba Đình' },
    });
  });

  it('should split a local procedure code into the national code and the local variant', () => {
    const result = toCanonical.run(ward);
    expect(result.ok && result.value.procedure).toEqual({
      code: '1.001193',
      localCode: '1.001193.000.00.00.H26',
      name: 'Thủ tục đăng ký khai sinh',
    });
  });

  it('should normalise phone numbers and e-mail domains with the validators', () => {
    const result = toCanonical.run(ward);
    expect(result.ok && result.value.owner.email).toBe('lananh.pham@example.vn');
    expect(result.ok && result.value.submitter?.phone).toBe('0912000111');
  });

  it('should report an impossible birth date as a field error', () => {
    const errors = errorsOf(withChuHoSo({ NgaySinh: '31/02/2024' }));
    expect(errors.map((e) => [e.path, e.rule])).toEqual([['ChuHoSo.NgaySinh', 'schema.custom']]);
  });

  it('should report an unknown status code as a field error', () => {
    const errors = errorsOf(withHoSo({ TrangThaiHoSo: '11' }));
    expect(errors.map((e) => [e.path, e.rule])).toEqual([
      ['TrangThaiHoSo', 'schema.invalid_value'],
    ]);
  });

  it('should report personal ID year digits that disagree with the birth date, masked', () => {
    const errors = errorsOf(withChuHoSo({ NgaySinh: '08/09/1996' }));
    expect(errors).toEqual([
      {
        path: 'ChuHoSo.SoGiayTo',
        rule: 'personal_id.year_mismatch',
        message: 'The year digits do not match the birth year',
        value: '00********56',
      },
    ]);
  });

  it('should report a personal ID whose century digit disagrees with the sex', () => {
    const errors = errorsOf(withChuHoSo({ GioiTinh: '1' }));
    expect(errors.map((e) => [e.path, e.rule])).toEqual([
      ['ChuHoSo.SoGiayTo', 'personal_id.sex_mismatch'],
    ]);
  });

  it('should refuse a commune code without its list version', () => {
    const { PhienBanDanhMuc: _dropped, ...unit } = ward.DonViTiepNhan;
    const errors = errorsOf(withHoSo({ DonViTiepNhan: { ...unit, MaDonViHanhChinh: '00008' } }));
    expect(errors.map((e) => [e.path, e.rule])).toEqual([
      ['DonViTiepNhan.PhienBanDanhMuc', 'schema.invalid_value'],
    ]);
  });

  it('should refuse 00008 named Phường Ngọc Hà under the 2025-01 list, where it is Liễu Giai', () => {
    const errors = errorsOf(
      withHoSo({
        DonViTiepNhan: {
          MaDonViHanhChinh: '00008',
          TenDonViHanhChinh: 'Phường Ngọc Hà',
          PhienBanDanhMuc: '2025-01',
        },
        ChuHoSo: { ...ward.ChuHoSo, QuanHuyen: '001', PhuongXa: '00008' },
        NguoiUyQuyen: null,
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'DonViTiepNhan.TenDonViHanhChinh',
        rule: 'admin_unit.name_mismatch',
        message: 'list 2025-01 gives this code to Phường Liễu Giai',
      }),
    ]);
  });

  it('should accept 00008 as Phường Ngọc Hà under the 2025-07 list', () => {
    const result = toCanonical.run(
      withHoSo({
        DonViTiepNhan: {
          MaDonViHanhChinh: '00008',
          TenDonViHanhChinh: 'phường ngọc hà',
          PhienBanDanhMuc: '2025-07',
        },
      }),
    );
    expect(result.ok && result.value.receivingUnit.unit.code).toBe('00008');
  });

  it('should accept the unit name written with an abbreviated type or another case', () => {
    for (const name of ['P. Hồng Hà', 'phường HỒNG HÀ', 'Hồng Hà']) {
      const unit = { ...ward.DonViTiepNhan, TenDonViHanhChinh: name };
      expect(toCanonical.run(withHoSo({ DonViTiepNhan: unit })).ok).toBe(true);
    }
  });

  it('should refuse a pre-2025-07 commune code read in the 2025-07 list', () => {
    const errors = errorsOf(withChuHoSo({ PhuongXa: '00016' }));
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'ChuHoSo.PhuongXa',
        rule: 'admin_unit.unknown',
        value: '00*16',
      }),
    ]);
  });

  it('should refuse a district in a 2025-07 address and a commune outside its district', () => {
    expect(errorsOf(withChuHoSo({ QuanHuyen: '001' })).map((e) => [e.path, e.rule])).toEqual([
      ['ChuHoSo.QuanHuyen', 'address.no_district_tier'],
    ]);
    const wrongDistrict = withChuHoSo({ QuanHuyen: '002' }, district);
    expect(errorsOf(wrongDistrict).map((e) => [e.path, e.rule])).toEqual([
      ['ChuHoSo.PhuongXa', 'admin_unit.parent_mismatch'],
    ]);
  });

  it('should accept an address in another province without checking its commune', () => {
    const result = toCanonical.run(withChuHoSo({ TinhThanh: '79', PhuongXa: '26734' }));
    expect(result.ok && result.value.owner).toMatchObject({
      currentAddress: {
        province: { code: '79', listVersion: '2025-07' },
        commune: { code: '26734' },
      },
    });
    expect(errorsOf(withChuHoSo({ TinhThanh: '99' })).map((e) => e.rule)).toEqual([
      'admin_unit.unknown',
    ]);
  });

  it('should refuse a receiving unit missing from the Hanoi list', () => {
    const errors = errorsOf(
      withHoSo({ DonViTiepNhan: { MaDonViHanhChinh: '99999', PhienBanDanhMuc: '2025-07' } }),
    );
    expect(errors.map((e) => [e.path, e.rule])).toEqual([
      ['DonViTiepNhan.MaDonViHanhChinh', 'admin_unit.unknown'],
    ]);
  });

  it('should refuse a malformed dossier code', () => {
    const errors = errorsOf(withHoSo({ MaHoSo: 'HS20250001' }));
    expect(errors.map((e) => [e.path, e.rule])).toEqual([
      ['MaHoSo', 'dossier_code.invalid_format'],
    ]);
  });

  it('should refuse an organisation identified by a personal ID and a citizen by an enterprise code', () => {
    const orgWithCccd = withHoSo({ LoaiDoiTuong: '2' });
    expect(errorsOf(orgWithCccd).map((e) => [e.path, e.rule])).toEqual([
      ['ChuHoSo.LoaiGiayTo', 'applicant.document_kind_mismatch'],
    ]);
    const citizenWithMst = withChuHoSo({ LoaiGiayTo: 'MaSoDoanhNghiep', SoGiayTo: '0105678346' });
    expect(errorsOf(citizenWithMst).map((e) => [e.path, e.rule])).toEqual([
      ['ChuHoSo.LoaiGiayTo', 'applicant.document_kind_mismatch'],
    ]);
  });

  it('should refuse an enterprise code with a wrong check digit', () => {
    const errors = errorsOf(withChuHoSo({ SoGiayTo: '0105678347' }, district));
    expect(errors.map((e) => [e.path, e.rule])).toEqual([
      ['ChuHoSo.SoGiayTo', 'enterprise_code.check_digit'],
    ]);
  });

  it('should warn when an organisation carries a birth date or sex, which it cannot hold', () => {
    const result = toCanonical.run(withChuHoSo({ GioiTinh: '1' }, district));
    expect(result.ok && result.warnings.map((w) => [w.path, w.rule])).toContainEqual([
      'ChuHoSo.GioiTinh',
      'applicant.field_not_applicable',
    ]);
  });

  it('should refuse a download link that is not http(s) and a phone number of no Vietnamese network', () => {
    const item = {
      ...ward.ThanhPhanHoSo[0],
      DinhKem: 'ftp://motcua.hanoi.gov.vn/giay-chung-sinh.pdf',
    };
    expect(errorsOf(withHoSo({ ThanhPhanHoSo: [item] })).map((e) => [e.path, e.rule])).toEqual([
      ['ThanhPhanHoSo[0].DinhKem', 'url.not_http'],
    ]);
    expect(
      errorsOf(withChuHoSo({ SoDienThoai: '0123456789' })).map((e) => [e.path, e.rule]),
    ).toEqual([['ChuHoSo.SoDienThoai', 'phone.unknown_prefix']]);
  });

  it('should refuse a fee code with spaces, since canonical codes have none', () => {
    const fee = { ...ward.LePhi[0], HinhThucThu: 'Tiền mặt' };
    expect(errorsOf(withHoSo({ LePhi: [fee] })).map((e) => [e.path, e.rule])).toEqual([
      ['LePhi[0].HinhThucThu', 'code.invalid'],
    ]);
  });

  it('should return errors instead of throwing on input that is not a HoSo', () => {
    for (const input of [null, 42, 'HoSo', [], {}]) {
      expect(toCanonical.run(input).ok).toBe(false);
    }
  });

  it('should map NFD and NFC Vietnamese text to identical canonical values', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const decomposed = {
      ...ward,
      TenTTHC: nfd(ward.TenTTHC),
      TrichYeu: nfd(ward.TrichYeu),
      ChuHoSo: {
        ...ward.ChuHoSo,
        HoVaTen: nfd(ward.ChuHoSo.HoVaTen),
        DiaChi: nfd(ward.ChuHoSo.DiaChi),
      },
      DonViTiepNhan: {
        ...ward.DonViTiepNhan,
        TenDonViHanhChinh: nfd(ward.DonViTiepNhan.TenDonViHanhChinh),
      },
    };
    expect(decomposed.ChuHoSo.HoVaTen).not.toBe(ward.ChuHoSo.HoVaTen);
    expect(toCanonical.run(decomposed)).toEqual(toCanonical.run(ward));
  });

  it('should cover every wire field', () => {
    expect(uncoveredFields(coverage)).toEqual([]);
    expect(invalidCoverageEntries(coverage)).toEqual([]);
  });
});
