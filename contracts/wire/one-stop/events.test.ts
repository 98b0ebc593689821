// Tests of the one-stop event, result-push, portal-feedback and catalogue-page contracts.
import { describe, expect, it } from 'vitest';
import {
  oneStopKetQuaPushExample,
  oneStopPhanHoiDVCQGExample,
  oneStopQuaTrinhXuLyExample,
  oneStopThuTucExample,
} from './examples.ts';
import {
  OneStopKetQuaPushSchema,
  OneStopPhanHoiDVCQGSchema,
  OneStopQuaTrinhXuLySchema,
  OneStopThuTucPageSchema,
  OneStopThuTucSchema,
} from './index.ts';

describe('OneStopQuaTrinhXuLySchema', () => {
  it('should accept a realistic progress event', () => {
    expect(OneStopQuaTrinhXuLySchema.parse(oneStopQuaTrinhXuLyExample).NoiDung).toBe(
      'Chuyển lãnh đạo ký duyệt',
    );
  });

  it('should reject a numeric status and a missing ThoiDiemXuLy', () => {
    expect(
      OneStopQuaTrinhXuLySchema.safeParse({ ...oneStopQuaTrinhXuLyExample, TrangThai: 4 }).success,
    ).toBe(false);
    const { ThoiDiemXuLy: _omitted, ...rest } = oneStopQuaTrinhXuLyExample;
    expect(OneStopQuaTrinhXuLySchema.safeParse(rest).success).toBe(false);
  });
});

describe('OneStopKetQuaPushSchema', () => {
  it('should accept a realistic result push', () => {
    expect(OneStopKetQuaPushSchema.parse(oneStopKetQuaPushExample).KetQua[0]?.TenGiayTo).toBe(
      'Giấy khai sinh',
    );
  });

  it('should reject a result whose attachment is not a URL', () => {
    const bad = {
      ...oneStopKetQuaPushExample,
      KetQua: [{ ...oneStopKetQuaPushExample.KetQua[0], DinhKem: 'giay-khai-sinh.pdf' }],
    };
    expect(OneStopKetQuaPushSchema.safeParse(bad).success).toBe(false);
  });
});

describe('OneStopPhanHoiDVCQGSchema', () => {
  it('should accept the portal verdict and reject an unknown service', () => {
    expect(OneStopPhanHoiDVCQGSchema.safeParse(oneStopPhanHoiDVCQGExample).success).toBe(true);
    expect(
      OneStopPhanHoiDVCQGSchema.safeParse({ ...oneStopPhanHoiDVCQGExample, DichVu: 'TraCuuHoSo' })
        .success,
    ).toBe(false);
  });
});

describe('OneStopThuTucPageSchema', () => {
  it('should accept a page of procedures', () => {
    const page = { items: [oneStopThuTucExample], page: 1, pageSize: 50, total: 1 };
    expect(OneStopThuTucPageSchema.parse(page).items[0]?.TenTTHC).toBe('Thủ tục đăng ký khai sinh');
  });

  it('should reject page 0, a page larger than pageSize and an oversize pageSize', () => {
    expect(
      OneStopThuTucPageSchema.safeParse({ items: [], page: 0, pageSize: 50, total: 0 }).success,
    ).toBe(false);
    expect(
      OneStopThuTucPageSchema.safeParse({
        items: [oneStopThuTucExample, oneStopThuTucExample],
        page: 1,
        pageSize: 1,
        total: 2,
      }).success,
    ).toBe(false);
    expect(
      OneStopThuTucPageSchema.safeParse({ items: [], page: 1, pageSize: 501, total: 0 }).success,
    ).toBe(false);
  });

  it('should reject a procedure with a string LienThong flag', () => {
    expect(
      OneStopThuTucSchema.safeParse({ ...oneStopThuTucExample, LienThong: 'true' }).success,
    ).toBe(false);
  });
});
