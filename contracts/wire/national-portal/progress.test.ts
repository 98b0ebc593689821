// Tests of the CapNhatTienDoHoSoMC contract: the event item and the ≤10-item batch.
import { describe, expect, it } from 'vitest';
import { portalProgressExample } from './examples.ts';
import { PortalCapNhatTienDoHoSoMCCallSchema, PortalProgressItemSchema } from './index.ts';

const call = (n: number) => ({
  session: 'c2Vzc2lvbi0xMjM',
  madonvi: '000.00.00.H26',
  service: 'CapNhatTienDoHoSoMC',
  data: Array.from({ length: n }, () => portalProgressExample),
});

describe('PortalProgressItemSchema', () => {
  it('should accept a realistic event with Vietnamese text', () => {
    expect(PortalProgressItemSchema.parse(portalProgressExample).NoiDungXuLy).toBe(
      'Tiếp nhận hồ sơ',
    );
  });

  it('should accept the OCPS minimum (optional keys absent)', () => {
    const minimal = {
      MaHoSo: 'X-250703-0001',
      NguoiXuLy: 'Chuyên viên',
      ThoiDiemXuLy: '20250703100000',
      TrangThai: '4',
    };
    expect(PortalProgressItemSchema.safeParse(minimal).success).toBe(true);
  });

  it('should reject NguoiXuLy longer than 50 characters', () => {
    expect(
      PortalProgressItemSchema.safeParse({ ...portalProgressExample, NguoiXuLy: 'Đ'.repeat(50) })
        .success,
    ).toBe(true);
    expect(
      PortalProgressItemSchema.safeParse({ ...portalProgressExample, NguoiXuLy: 'Đ'.repeat(51) })
        .success,
    ).toBe(false);
  });

  it('should reject a numeric status and a bad ThoiDiemXuLy', () => {
    expect(
      PortalProgressItemSchema.safeParse({ ...portalProgressExample, TrangThai: 2 }).success,
    ).toBe(false);
    expect(
      PortalProgressItemSchema.safeParse({
        ...portalProgressExample,
        ThoiDiemXuLy: '03/07/2025 09:30',
      }).success,
    ).toBe(false);
    expect(
      PortalProgressItemSchema.safeParse({ ...portalProgressExample, ThoiDiemXuLy: '' }).success,
    ).toBe(false);
  });
});

describe('PortalCapNhatTienDoHoSoMCCallSchema', () => {
  it('should accept 1 to 10 events', () => {
    expect(PortalCapNhatTienDoHoSoMCCallSchema.safeParse(call(1)).success).toBe(true);
    expect(PortalCapNhatTienDoHoSoMCCallSchema.safeParse(call(10)).success).toBe(true);
  });

  it('should reject more than 10 events and an empty batch', () => {
    const eleven = PortalCapNhatTienDoHoSoMCCallSchema.safeParse(call(11));
    expect(eleven.success).toBe(false);
    expect(eleven.error?.issues[0]?.path).toEqual(['data']);
    expect(PortalCapNhatTienDoHoSoMCCallSchema.safeParse(call(0)).success).toBe(false);
  });
});
