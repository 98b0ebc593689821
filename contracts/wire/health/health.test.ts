// Tests of the health link-up contracts: token, submission envelope, birth data, result query, certificate lookup.
import { describe, expect, it } from 'vitest';
import {
  healthGiayChungSinhExample,
  healthKhaiSinhExample,
  healthResultItemExample,
  healthSubmissionExample,
} from './examples.ts';
import {
  HealthGiayChungSinhResponseSchema,
  HealthKhaiSinhDataJsonSchema,
  HealthKhaiSinhSchema,
  HealthResultQueryResponseSchema,
  HealthResultQuerySchema,
  HealthSubmissionResponseSchema,
  HealthSubmissionSchema,
  HealthTokenRequestSchema,
  HealthTokenResponseSchema,
} from './index.ts';

describe('Health token', () => {
  it('should accept a client-credentials request and a WSO2 answer', () => {
    expect(
      HealthTokenRequestSchema.safeParse({
        grant_type: 'client_credentials',
        client_id: 'lienthong',
        client_secret: 'x',
      }).success,
    ).toBe(true);
    const token = {
      access_token: 'eyJhbGciOi',
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'default',
    };
    expect(HealthTokenResponseSchema.parse(token).expires_in).toBe(3600);
  });

  it('should reject another grant type, a string expires_in and a non-bearer token', () => {
    expect(
      HealthTokenRequestSchema.safeParse({
        grant_type: 'password',
        client_id: 'a',
        client_secret: 'b',
      }).success,
    ).toBe(false);
    expect(
      HealthTokenResponseSchema.safeParse({
        access_token: 'a',
        token_type: 'Bearer',
        expires_in: '3600',
      }).success,
    ).toBe(false);
    expect(
      HealthTokenResponseSchema.safeParse({
        access_token: 'a',
        token_type: 'MAC',
        expires_in: 3600,
      }).success,
    ).toBe(false);
  });
});

describe('HealthSubmissionSchema', () => {
  it('should accept a realistic submission whose data parses as a birth record', () => {
    const parsed = HealthSubmissionSchema.parse(healthSubmissionExample);
    const data = HealthKhaiSinhDataJsonSchema.parse(parsed.data);
    expect(data.hoTich.nksHoTen).toBe('Trần Minh Khôi');
  });

  it('should reject a string maDonVi, a non-base64 file and an ISO reception date', () => {
    expect(
      HealthSubmissionSchema.safeParse({ ...healthSubmissionExample, maDonVi: '1001' }).success,
    ).toBe(false);
    const badFile = {
      ...healthSubmissionExample.fileDinhKem[0],
      duLieuTepDinhKem: 'không phải base64!',
    };
    expect(
      HealthSubmissionSchema.safeParse({ ...healthSubmissionExample, fileDinhKem: [badFile] })
        .success,
    ).toBe(false);
    expect(
      HealthSubmissionSchema.safeParse({
        ...healthSubmissionExample,
        ngayTiepNhan: '2025-07-03T09:30:00+07:00',
      }).success,
    ).toBe(false);
  });

  it('should accept the push answer', () => {
    expect(
      HealthSubmissionResponseSchema.safeParse({
        status: '1',
        statusDescription: 'Thành công',
        errorCode: null,
        errorDescription: null,
      }).success,
    ).toBe(true);
  });
});

describe('HealthKhaiSinhDataJsonSchema', () => {
  it('should report bad JSON as an issue instead of throwing', () => {
    const result = HealthKhaiSinhDataJsonSchema.safeParse('{hoTich:');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('data is not valid JSON');
  });

  it('should reject JSON without hoTich', () => {
    expect(
      HealthKhaiSinhDataJsonSchema.safeParse(JSON.stringify(healthKhaiSinhExample)).success,
    ).toBe(false);
  });
});

describe('HealthKhaiSinhSchema', () => {
  it('should reject an ISO birth date, an unknown sex code and a missing mother', () => {
    expect(
      HealthKhaiSinhSchema.safeParse({ ...healthKhaiSinhExample, nksNgaySinh: '2025-06-20' })
        .success,
    ).toBe(false);
    expect(
      HealthKhaiSinhSchema.safeParse({ ...healthKhaiSinhExample, nksGioiTinh: 'Nam' }).success,
    ).toBe(false);
    const { meHoTen: _omitted, ...rest } = healthKhaiSinhExample;
    expect(HealthKhaiSinhSchema.safeParse(rest).success).toBe(false);
  });

  it('should accept a record without the father', () => {
    const {
      chaHoTen: _a,
      chaNgaySinh: _b,
      chaSoGiayToTuyThan: _c,
      chaLoaiGiayToTuyThan: _d,
      ...rest
    } = healthKhaiSinhExample;
    expect(HealthKhaiSinhSchema.safeParse(rest).success).toBe(true);
  });
});

describe('Health result query', () => {
  it('should accept the query and a registered result', () => {
    expect(
      HealthResultQuerySchema.safeParse({
        maDinhDanhHoSo: ['000.00.01.H26-250703-0012'],
        maTinh: '01',
        module: 'KS',
      }).success,
    ).toBe(true);
    const parsed = HealthResultQueryResponseSchema.parse({
      status: 1,
      statusDescription: 'Thành công',
      value: [healthResultItemExample],
    });
    expect(parsed.value[0]?.ketQuaXuLy?.soDinhDanh).toBe('001225012345');
  });

  it('should reject an empty query, status 2 and a string nksGioiTinh in the result', () => {
    expect(
      HealthResultQuerySchema.safeParse({ maDinhDanhHoSo: [], maTinh: '01', module: 'KS' }).success,
    ).toBe(false);
    expect(HealthResultQueryResponseSchema.safeParse({ status: 2, value: [] }).success).toBe(false);
    const bad = {
      ...healthResultItemExample,
      ketQuaXuLy: { ...healthResultItemExample.ketQuaXuLy, nksGioiTinh: '1' },
    };
    expect(HealthResultQueryResponseSchema.safeParse({ status: 1, value: [bad] }).success).toBe(
      false,
    );
  });
});

describe('HealthGiayChungSinhResponseSchema', () => {
  it('should accept a found certificate and a not-found null', () => {
    expect(
      HealthGiayChungSinhResponseSchema.parse({ status: 1, value: healthGiayChungSinhExample })
        .value?.coSoKhamChuaBenh,
    ).toBe('Bệnh viện Phụ sản Hà Nội');
    expect(
      HealthGiayChungSinhResponseSchema.safeParse({
        status: 0,
        statusDescription: 'Không tìm thấy giấy chứng sinh',
        value: null,
      }).success,
    ).toBe(true);
  });

  it('should reject a fractional birth weight and a bad birth time', () => {
    expect(
      HealthGiayChungSinhResponseSchema.safeParse({
        status: 1,
        value: { ...healthGiayChungSinhExample, nksCanNang: 3.2 },
      }).success,
    ).toBe(false);
    expect(
      HealthGiayChungSinhResponseSchema.safeParse({
        status: 1,
        value: { ...healthGiayChungSinhExample, nksGioSinh: '7h45' },
      }).success,
    ).toBe(false);
  });
});
