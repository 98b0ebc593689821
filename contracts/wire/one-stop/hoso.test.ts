// Tests of the one-stop HoSo contract: dates, codes, people, components and the unit/level rules.
import { describe, expect, it } from 'vitest';
import { oneStopHoSoExample } from './examples.ts';
import {
  OneStopHoSoSchema,
  OneStopMaTTHCSchema,
  OneStopNguoiSchema,
  oneStopDateTime,
  oneStopNgaySinh,
} from './index.ts';

const withChuHoSo = (patch: Record<string, unknown>) => ({
  ...oneStopHoSoExample,
  ChuHoSo: { ...oneStopHoSoExample.ChuHoSo, ...patch },
});

describe('one-stop primitives', () => {
  it('should accept local ISO date-times with an offset and reject other forms', () => {
    expect(oneStopDateTime.safeParse('2025-07-03T09:30:00+07:00').success).toBe(true);
    expect(oneStopDateTime.safeParse('2025-07-03T09:30:00.123+07:00').success).toBe(true);
    expect(oneStopDateTime.safeParse('2025-07-03T02:30:00Z').success).toBe(false);
    expect(oneStopDateTime.safeParse('2025-07-03T09:30:00').success).toBe(false);
    expect(oneStopDateTime.safeParse('20250703093000').success).toBe(false);
  });

  it('should accept dd/MM/yyyy birth dates that exist', () => {
    expect(oneStopNgaySinh.safeParse('29/02/2024').success).toBe(true);
    expect(oneStopNgaySinh.safeParse('29/02/2025').success).toBe(false);
    expect(oneStopNgaySinh.safeParse('1990-03-15').success).toBe(false);
  });

  it('should accept national and local procedure codes only', () => {
    expect(OneStopMaTTHCSchema.safeParse('1.001776').success).toBe(true);
    expect(OneStopMaTTHCSchema.safeParse('1.001776.000.00.00.H56').success).toBe(true);
    expect(OneStopMaTTHCSchema.safeParse('1001776').success).toBe(false);
  });
});

describe('OneStopHoSoSchema', () => {
  it('should accept a realistic dossier with Vietnamese text', () => {
    const parsed = OneStopHoSoSchema.parse(oneStopHoSoExample);
    expect(parsed.ChuHoSo.HoVaTen).toBe('Nguyễn Thị Thu Hương');
    expect(parsed.CapTiepNhan).toBe('Xã/Phường');
    expect(parsed.ThanhPhanHoSo[0]?.TrangThaiSoHoa).toBe('1');
  });

  it('should reject a date in the portal layout and a birth date in ISO', () => {
    expect(
      OneStopHoSoSchema.safeParse({ ...oneStopHoSoExample, NgayTiepNhan: '20250703093000' })
        .success,
    ).toBe(false);
    expect(OneStopHoSoSchema.safeParse(withChuHoSo({ NgaySinh: '1990-03-15' })).success).toBe(
      false,
    );
  });

  it('should reject a digitization state outside 0–3 and a string copy count', () => {
    const component = oneStopHoSoExample.ThanhPhanHoSo[0];
    expect(
      OneStopHoSoSchema.safeParse({
        ...oneStopHoSoExample,
        ThanhPhanHoSo: [{ ...component, TrangThaiSoHoa: '4' }],
      }).success,
    ).toBe(false);
    expect(
      OneStopHoSoSchema.safeParse({
        ...oneStopHoSoExample,
        ThanhPhanHoSo: [{ ...component, SoBanChinh: '1' }],
      }).success,
    ).toBe(false);
  });

  it('should reject a unit code that does not fit the receiving level', () => {
    const result = OneStopHoSoSchema.safeParse({ ...oneStopHoSoExample, CapTiepNhan: 'Thành phố' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['DonViTiepNhan', 'MaDonViHanhChinh']);
  });

  it('should reject a district receiving under the two-tier 2025-07 list but accept it under 2025-01', () => {
    const district = { ...oneStopHoSoExample, CapTiepNhan: 'Quận/Huyện' as const };
    const in2025_07 = {
      ...district,
      DonViTiepNhan: { MaDonViHanhChinh: '001', PhienBanDanhMuc: '2025-07' as const },
    };
    const in2025_01 = {
      ...district,
      DonViTiepNhan: { MaDonViHanhChinh: '001', PhienBanDanhMuc: '2025-01' as const },
    };
    expect(OneStopHoSoSchema.safeParse(in2025_07).success).toBe(false);
    expect(OneStopHoSoSchema.safeParse(in2025_01).success).toBe(true);
  });

  it('should reject an unknown list version and a bad agency e-ID', () => {
    expect(
      OneStopHoSoSchema.safeParse({
        ...oneStopHoSoExample,
        DonViTiepNhan: { MaDonViHanhChinh: '00004', PhienBanDanhMuc: '2026' },
      }).success,
    ).toBe(false);
    expect(
      OneStopHoSoSchema.safeParse({
        ...oneStopHoSoExample,
        DonViXuLy: { MaDinhDanh: 'H26', Ten: 'UBND' },
      }).success,
    ).toBe(false);
  });
});

describe('OneStopNguoiSchema', () => {
  it('should check the document number against its kind', () => {
    const base = oneStopHoSoExample.ChuHoSo;
    expect(
      OneStopNguoiSchema.safeParse({ ...base, LoaiGiayTo: 'CMND', SoGiayTo: '012345678' }).success,
    ).toBe(true);
    expect(
      OneStopNguoiSchema.safeParse({ ...base, LoaiGiayTo: 'CCCD', SoGiayTo: '012345678' }).success,
    ).toBe(false);
    expect(
      OneStopNguoiSchema.safeParse({
        ...base,
        LoaiGiayTo: 'MaSoDoanhNghiep',
        SoGiayTo: '0101234567-001',
        NgaySinh: null,
      }).success,
    ).toBe(true);
  });

  it('should accept a legacy three-tier address and reject a malformed commune code', () => {
    const base = oneStopHoSoExample.ChuHoSo;
    expect(
      OneStopNguoiSchema.safeParse({ ...base, QuanHuyen: '001', PhuongXa: '00001' }).success,
    ).toBe(true);
    expect(OneStopNguoiSchema.safeParse({ ...base, PhuongXa: '1' }).success).toBe(false);
  });
});
