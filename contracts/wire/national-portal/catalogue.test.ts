// Tests of the portal transport and catalogue contracts: auth, envelope, responses, LayThuTuc, TraCuuHoSo, calls.
import { describe, expect, it } from 'vitest';
import { portalDossierExample, portalProcedureExample } from './examples.ts';
import {
  PortalAuthRequestSchema,
  PortalAuthResponseSchema,
  PortalCallEnvelopeSchema,
  PortalCallSchema,
  PortalHeadersSchema,
  PortalLayDanhSachTTHCResponseSchema,
  PortalLayThuTucResponseSchema,
  PortalProcedureSchema,
  PortalResponseSchema,
  PortalTraCuuHoSoCallSchema,
  PortalTraCuuHoSoResponseSchema,
} from './index.ts';

const envelope = { session: 'c2Vzc2lvbi0xMjM', madonvi: '000.00.00.H26' };

describe('Portal auth', () => {
  it('should accept the OCPS auth exchange', () => {
    expect(
      PortalHeadersSchema.safeParse({ dstcode: 'HNI', 'content-type': 'application/json' }).success,
    ).toBe(true);
    expect(
      PortalAuthRequestSchema.safeParse({ username: 'motcua.hanoi', password: 's3cret' }).success,
    ).toBe(true);
    expect(PortalAuthResponseSchema.parse({ error_code: 0, session: 'abc' }).session).toBe('abc');
  });

  it('should reject a missing dstcode, missing password and non-numeric error_code', () => {
    expect(PortalHeadersSchema.safeParse({}).success).toBe(false);
    expect(PortalAuthRequestSchema.safeParse({ username: 'motcua.hanoi' }).success).toBe(false);
    expect(PortalAuthResponseSchema.safeParse({ error_code: 'ok', session: 'abc' }).success).toBe(
      false,
    );
  });
});

describe('PortalCallEnvelopeSchema', () => {
  it('should keep operation fields beside the envelope keys', () => {
    const parsed = PortalCallEnvelopeSchema.parse({
      ...envelope,
      service: 'LayThuTuc',
      maTTHC: '1.001193',
    });
    expect(parsed.maTTHC).toBe('1.001193');
  });

  it('should reject an envelope without madonvi', () => {
    expect(PortalCallEnvelopeSchema.safeParse({ session: 'x', service: 'LayThuTuc' }).success).toBe(
      false,
    );
  });
});

describe('PortalResponseSchema', () => {
  it('should accept string and numeric error codes (TH and OCPS)', () => {
    expect(
      PortalResponseSchema.safeParse({ error_code: '0', message: 'Đồng bộ thành công' }).success,
    ).toBe(true);
    expect(
      PortalResponseSchema.safeParse({ error_code: -3, message: 'Hồ sơ đã tồn tại' }).success,
    ).toBe(true);
  });

  it('should reject a result that is not an array', () => {
    expect(PortalResponseSchema.safeParse({ error_code: 0, result: {} }).success).toBe(false);
  });
});

describe('PortalProcedureSchema', () => {
  it('should accept a realistic LayThuTuc procedure inside its response', () => {
    const parsed = PortalLayThuTucResponseSchema.parse({
      error_code: 0,
      result: [portalProcedureExample],
    });
    expect(parsed.result?.[0]?.CACHTHUCTHUCHIEN[0]?.THOIGIAN[0]?.THOIGIANGIAIQUYET).toBe(1);
  });

  it('should reject string numbers where the catalogue has numbers', () => {
    expect(
      PortalProcedureSchema.safeParse({ ...portalProcedureExample, TRANGTHAI: '1' }).success,
    ).toBe(false);
    const fee = { MAPHILEPHI: 'LP01', SOTIEN: '50000', DONVI: 'Đồng', MOTA: '' };
    const time = { THOIGIANGIAIQUYET: 1, DONVITINH: 'Ngày', MOTA: '', PHILEPHI: [fee] };
    const bad = { ...portalProcedureExample, CACHTHUCTHUCHIEN: [{ KENH: '1', THOIGIAN: [time] }] };
    expect(PortalProcedureSchema.safeParse(bad).success).toBe(false);
  });

  it('should reject a fractional processing time', () => {
    const time = { THOIGIANGIAIQUYET: 1.5, DONVITINH: 'Ngày', MOTA: '', PHILEPHI: [] };
    const bad = { ...portalProcedureExample, CACHTHUCTHUCHIEN: [{ KENH: '1', THOIGIAN: [time] }] };
    expect(PortalProcedureSchema.safeParse(bad).success).toBe(false);
  });
});

describe('PortalLayDanhSachTTHCResponseSchema', () => {
  it('should accept {MATTHC, TENTTHC} items and reject a missing name', () => {
    const ok = {
      error_code: 0,
      result: [{ MATTHC: '1.001193', TENTTHC: 'Thủ tục đăng ký khai sinh' }],
    };
    expect(PortalLayDanhSachTTHCResponseSchema.safeParse(ok).success).toBe(true);
    expect(
      PortalLayDanhSachTTHCResponseSchema.safeParse({
        error_code: 0,
        result: [{ MATTHC: '1.001193' }],
      }).success,
    ).toBe(false);
  });
});

describe('TraCuuHoSo', () => {
  it('should accept the call and a found result that carries extra dossier keys', () => {
    expect(
      PortalTraCuuHoSoCallSchema.safeParse({
        ...envelope,
        service: 'TraCuuHoSo',
        MaHoSo: portalDossierExample.MaHoSo,
      }).success,
    ).toBe(true);
    const parsed = PortalTraCuuHoSoResponseSchema.parse({
      error_code: 0,
      result: [{ ...portalDossierExample }],
    });
    expect(parsed.result?.[0]?.TrangThaiHoSo).toBe('4');
    expect(parsed.result?.[0]?.DonViXuLy).toBe('UBND phường Ba Đình');
  });

  it('should reject a call without MaHoSo', () => {
    expect(
      PortalTraCuuHoSoCallSchema.safeParse({ ...envelope, service: 'TraCuuHoSo' }).success,
    ).toBe(false);
  });
});

describe('PortalCallSchema', () => {
  it('should pick the operation by service name', () => {
    const parsed = PortalCallSchema.parse({
      ...envelope,
      service: 'LayThuTuc',
      maTTHC: '1.001193',
    });
    expect(parsed.service).toBe('LayThuTuc');
  });

  it('should reject an unknown service', () => {
    expect(PortalCallSchema.safeParse({ ...envelope, service: 'XoaHoSo' }).success).toBe(false);
  });
});
