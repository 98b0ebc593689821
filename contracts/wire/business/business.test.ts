// Tests of the GetEntCert contract: integer admin codes, ISO dates, nested arrays, not-found.
import { describe, expect, it } from 'vitest';
import { businessResponseExample } from './examples.ts';
import { BusinessEntCertSchema, BusinessQuerySchema, BusinessResponseSchema } from './index.ts';

const cert = businessResponseExample.GetEntCert![0]!;
const withAddress = (patch: Record<string, unknown>) => ({
  ...cert,
  DiaChiTruSo: [{ DiaChi: [{ ...cert.DiaChiTruSo[0]!.DiaChi[0]!, ...patch }] }],
});

describe('BusinessResponseSchema', () => {
  it('should accept a realistic answer with integer admin codes', () => {
    const parsed = BusinessResponseSchema.parse(businessResponseExample);
    const diaChi = parsed.GetEntCert?.[0]?.DiaChiTruSo[0]?.DiaChi[0];
    expect(diaChi?.MaTinhThanh).toBe(1);
    expect(diaChi?.TenPhuongXa).toBe('Phường Dịch Vọng Hậu');
  });

  it('should accept a null GetEntCert as not found', () => {
    expect(BusinessResponseSchema.parse({ GetEntCert: null }).GetEntCert).toBeNull();
  });

  it('should reject zero-padded string admin codes, since the real API sends integers', () => {
    expect(BusinessEntCertSchema.safeParse(withAddress({ MaTinhThanh: '01' })).success).toBe(false);
    expect(BusinessEntCertSchema.safeParse(withAddress({ MaPhuongXa: '00166' })).success).toBe(
      false,
    );
  });

  it('should reject a non-ISO registration date and a string change count', () => {
    expect(
      BusinessEntCertSchema.safeParse({ ...cert, NgayDangKyLanDau: '08/11/2021' }).success,
    ).toBe(false);
    expect(BusinessEntCertSchema.safeParse({ ...cert, SoLanDangKyThayDoi: '3' }).success).toBe(
      false,
    );
  });

  it('should reject a main-line flag other than 0/1 and a flat representative', () => {
    const badLine = {
      ...cert,
      NganhNgheKinhDoanh: [{ MaNganh: '6201', TenNganh: 'Lập trình', LaNganhChinh: true }],
    };
    expect(BusinessEntCertSchema.safeParse(badLine).success).toBe(false);
    const flat = { ...cert, DaiDienPhapLuat: [cert.DaiDienPhapLuat[0]!.ThongTinCaNhan[0]] };
    expect(BusinessEntCertSchema.safeParse(flat).success).toBe(false);
  });
});

describe('BusinessQuerySchema', () => {
  it('should accept 10 and 13 digit codes only', () => {
    expect(BusinessQuerySchema.safeParse({ msdn: '0109876543' }).success).toBe(true);
    expect(BusinessQuerySchema.safeParse({ msdn: '0109876543-001' }).success).toBe(true);
    expect(BusinessQuerySchema.safeParse({ msdn: '109876543' }).success).toBe(false);
  });
});
