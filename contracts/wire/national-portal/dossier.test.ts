// Tests of the DongBoHoSoMC dossier contract: all-string values, portal dates, nested arrays, limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portalDossierExample } from './examples.ts';
import {
  PORTAL_DATE,
  PortalDinhDanhCHSSchema,
  PortalDongBoHoSoMCCallSchema,
  PortalDossierSchema,
  portalDate,
  portalOptionalDate,
  portalString,
} from './index.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const toPortalDate = (d: Date) =>
  `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
  `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;

describe('portalDate', () => {
  it('should accept a yyyyMMddHHmmss date and reject other layouts', () => {
    expect(portalDate.safeParse('20250703093000').success).toBe(true);
    expect(portalDate.safeParse('2025-07-03T09:30:00').success).toBe(false);
    expect(portalDate.safeParse('03/07/2025 09:30:00').success).toBe(false);
    expect(portalDate.safeParse('202507030930').success).toBe(false);
    expect(portalDate.safeParse('20251303093000').success).toBe(false);
    expect(portalDate.safeParse('20250703243000').success).toBe(false);
  });

  it('should reject a date that is not in the calendar', () => {
    expect(PORTAL_DATE.test('20250230120000')).toBe(true);
    expect(portalDate.safeParse('20250230120000').success).toBe(false);
    expect(portalDate.safeParse('20240229120000').success).toBe(true);
    expect(portalDate.safeParse('20250229120000').success).toBe(false);
  });

  it('should accept "" only where the date is optional', () => {
    expect(portalOptionalDate.safeParse('').success).toBe(true);
    expect(portalDate.safeParse('').success).toBe(false);
  });

  it('should accept every calendar instant formatted as yyyyMMddHHmmss (property, 500 runs)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2199-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (d) => portalDate.safeParse(toPortalDate(d)).success,
      ),
      { numRuns: 500 },
    );
  });
});

describe('portalString', () => {
  it('should reject numbers and booleans', () => {
    expect(portalString.safeParse('1').success).toBe(true);
    expect(portalString.safeParse(1).success).toBe(false);
    expect(portalString.safeParse(true).success).toBe(false);
  });
});

describe('PortalDossierSchema', () => {
  it('should accept a realistic dossier with Vietnamese text and every nested array', () => {
    const parsed = PortalDossierSchema.parse(portalDossierExample);
    expect(parsed.TenTTHC).toBe('Thủ tục đăng ký khai sinh');
    expect(parsed.TaiLieuNop?.[0]?.TenTepDinhKem).toBe('Giấy chứng sinh.pdf');
    expect(parsed.DanhSachGiayToKetQua).toHaveLength(1);
  });

  it('should accept the older OCPS shape without the newer keys', () => {
    const { KenhThucHien, MaHoSo, MaTTHC, TenTTHC, MaLinhVuc, TenLinhVuc } = portalDossierExample;
    const older = {
      MaHoSo,
      MaTTHC,
      TenTTHC,
      MaLinhVuc,
      TenLinhVuc,
      KenhThucHien,
      LoaiDoiTuong: '1',
      NgayTiepNhan: '20250703093000',
      NgayHenTra: '',
      TrangThaiHoSo: '2',
      DonViXuLy: 'UBND phường Ba Đình',
      TaiLieuNop: [],
    };
    expect(PortalDossierSchema.safeParse(older).success).toBe(true);
  });

  it('should reject a number where the portal requires a string', () => {
    const result = PortalDossierSchema.safeParse({ ...portalDossierExample, TrangThaiHoSo: 4 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['TrangThaiHoSo']);
    const nested = {
      ...portalDossierExample,
      DanhSachLePhi: [
        { TenPhiLePhi: 'Lệ phí', MaPhiLePhi: '1', HinhThucThu: '1', Gia: 8000, LoaiPhiLePhi: '1' },
      ],
    };
    expect(PortalDossierSchema.safeParse(nested).success).toBe(false);
  });

  it('should reject any top-level string value replaced by a number (property, 200 runs)', () => {
    const stringKeys = Object.entries(portalDossierExample)
      .filter(([, v]) => typeof v === 'string')
      .map(([k]) => k);
    fc.assert(
      fc.property(fc.constantFrom(...stringKeys), fc.integer(), (key, n) => {
        return !PortalDossierSchema.safeParse({ ...portalDossierExample, [key]: n }).success;
      }),
      { numRuns: 200 },
    );
  });

  it('should reject an ISO date and null for an empty optional date', () => {
    expect(
      PortalDossierSchema.safeParse({
        ...portalDossierExample,
        NgayTiepNhan: '2025-07-03T09:30:00+07:00',
      }).success,
    ).toBe(false);
    expect(PortalDossierSchema.safeParse({ ...portalDossierExample, NgayTra: null }).success).toBe(
      false,
    );
    expect(
      PortalDossierSchema.safeParse({ ...portalDossierExample, NgayTiepNhan: '' }).success,
    ).toBe(false);
  });

  it('should reject a summary longer than 1000 characters', () => {
    expect(
      PortalDossierSchema.safeParse({ ...portalDossierExample, TrichYeuHoSo: 'ạ'.repeat(1000) })
        .success,
    ).toBe(true);
    expect(
      PortalDossierSchema.safeParse({ ...portalDossierExample, TrichYeuHoSo: 'ạ'.repeat(1001) })
        .success,
    ).toBe(false);
  });

  it('should reject channel and status codes outside their tables', () => {
    expect(
      PortalDossierSchema.safeParse({ ...portalDossierExample, KenhThucHien: '4' }).success,
    ).toBe(false);
    expect(
      PortalDossierSchema.safeParse({ ...portalDossierExample, TrangThaiHoSo: '0' }).success,
    ).toBe(false);
    expect(
      PortalDossierSchema.safeParse({ ...portalDossierExample, TrangThaiHoSo: '11' }).success,
    ).toBe(false);
    expect(
      PortalDossierSchema.safeParse({ ...portalDossierExample, TrangThaiHoSo: '10' }).success,
    ).toBe(true);
  });

  it('should reject a dossier missing a required key', () => {
    const { MaTTHC: _omitted, ...rest } = portalDossierExample;
    expect(PortalDossierSchema.safeParse(rest).success).toBe(false);
  });
});

describe('PortalDinhDanhCHSSchema', () => {
  it('should require 12 digits for LoaiDinhDanh "1" and 9 for "2"', () => {
    expect(
      PortalDinhDanhCHSSchema.safeParse({ LoaiDinhDanh: '1', SoDinhDanh: '001190012345' }).success,
    ).toBe(true);
    expect(
      PortalDinhDanhCHSSchema.safeParse({ LoaiDinhDanh: '2', SoDinhDanh: '000000001' }).success,
    ).toBe(true);
    expect(
      PortalDinhDanhCHSSchema.safeParse({ LoaiDinhDanh: '1', SoDinhDanh: '012345678' }).success,
    ).toBe(false);
    expect(
      PortalDinhDanhCHSSchema.safeParse({ LoaiDinhDanh: '2', SoDinhDanh: '001190012345' }).success,
    ).toBe(false);
  });
});

describe('PortalDongBoHoSoMCCallSchema', () => {
  const envelope = { session: 'c2Vzc2lvbi0xMjM', madonvi: '000.00.00.H26' };

  it('should accept a call with isUpdating "False" and one dossier', () => {
    const call = {
      ...envelope,
      service: 'DongBoHoSoMC',
      isUpdating: 'False',
      data: [portalDossierExample],
    };
    expect(PortalDongBoHoSoMCCallSchema.parse(call).data).toHaveLength(1);
  });

  it('should reject a boolean isUpdating, an empty batch and another service name', () => {
    expect(
      PortalDongBoHoSoMCCallSchema.safeParse({
        ...envelope,
        service: 'DongBoHoSoMC',
        isUpdating: true,
        data: [portalDossierExample],
      }).success,
    ).toBe(false);
    expect(
      PortalDongBoHoSoMCCallSchema.safeParse({
        ...envelope,
        service: 'DongBoHoSoMC',
        isUpdating: 'True',
        data: [],
      }).success,
    ).toBe(false);
    expect(
      PortalDongBoHoSoMCCallSchema.safeParse({
        ...envelope,
        service: 'TraCuuHoSo',
        isUpdating: 'True',
        data: [portalDossierExample],
      }).success,
    ).toBe(false);
  });

  it('should reject a call without a session', () => {
    expect(
      PortalDongBoHoSoMCCallSchema.safeParse({
        madonvi: '000.00.00.H26',
        service: 'DongBoHoSoMC',
        isUpdating: 'True',
        data: [portalDossierExample],
      }).success,
    ).toBe(false);
  });
});
