// The one-stop procedure catalogue as it serves and accepts it: a ThuTuc record in pages.
import { z } from 'zod';
import { OneStopMaTTHCSchema, OneStopMucDoSchema } from './primitives.ts';

const opt = <T extends z.ZodType>(schema: T) => schema.nullish();

/** The largest page the one-stop serves or accepts [I]. */
export const ONE_STOP_MAX_PAGE_SIZE = 500;

/**
 * A procedure in the one-stop catalogue ([V] TH `Core/Domain/Catalog/ThuTuc.cs` field names).
 * IDQG is the national catalogue id, GoiTinThuTucQG the raw LayThuTuc JSON as a string, MucDo
 * defaults to "2" in TH; CapThucHien lists levels separated by ";" [I].
 */
export const OneStopThuTucSchema = z.object({
  IDQG: opt(z.string()),
  MaTTHC: OneStopMaTTHCSchema,
  TenTTHC: z.string().min(1),
  GoiTinThuTucQG: opt(z.string()),
  LoaiTTHC: opt(z.string()),
  MaLinhVucChinh: z.string().min(1),
  CoQuanThucHienChinh: opt(z.string()),
  CapThucHien: opt(z.string()),
  MaKetQuaChinh: opt(z.string()),
  TenKetQuaChinh: opt(z.string()),
  ThoiGianGiaiQuyet: opt(z.string()),
  QuyetDinhCongBo: opt(z.string()),
  MucDo: OneStopMucDoSchema,
  LienThong: z.boolean(),
  ThuTucKhongCoKetQua: z.boolean(),
});
export type OneStopThuTuc = z.infer<typeof OneStopThuTucSchema>;

/** A page `{items, page, pageSize, total}`; page counts from 1 [I]. */
export function oneStopPage<T extends z.ZodType>(item: T) {
  return z
    .object({
      items: z.array(item),
      page: z.number().int().min(1),
      pageSize: z.number().int().min(1).max(ONE_STOP_MAX_PAGE_SIZE),
      total: z.number().int().nonnegative(),
    })
    .refine((p) => p.items.length <= p.pageSize, {
      path: ['items'],
      message: 'more items than pageSize',
    });
}

export const OneStopThuTucPageSchema = oneStopPage(OneStopThuTucSchema);
export type OneStopThuTucPage = z.infer<typeof OneStopThuTucPageSchema>;
