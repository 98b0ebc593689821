// Messages between the one-stop and the gateway after submission: progress events, result pushes, portal feedback.
import { z } from 'zod';
import { OneStopKetQuaSchema } from './hoso.ts';
import { OneStopTrangThaiHoSoSchema, oneStopDateTime } from './primitives.ts';

const opt = <T extends z.ZodType>(schema: T) => schema.nullish();

/**
 * One processing step the one-stop reports (QuaTrinhXuLy item; [V] TH `QuaTrinhXuLyHoSo`, renamed:
 * PhongBanXuLy → PhongBan, NoiDungXuLy → NoiDung, NgayKetThucTheoQuyDinh → HanXuLy). `Id` is the
 * event's own id (TH: Guid) and makes redelivery detectable [I].
 */
export const OneStopQuaTrinhXuLySchema = z.object({
  Id: opt(z.uuid()),
  MaHoSo: z.string().min(1).max(50),
  NguoiXuLy: z.string().min(1),
  ChucDanh: opt(z.string()),
  PhongBan: opt(z.string()),
  ThoiDiemXuLy: oneStopDateTime,
  NoiDung: z.string(),
  TrangThai: OneStopTrangThaiHoSoSchema,
  NgayBatDau: opt(oneStopDateTime),
  HanXuLy: opt(oneStopDateTime),
});
export type OneStopQuaTrinhXuLy = z.infer<typeof OneStopQuaTrinhXuLySchema>;

/**
 * A sector system's result pushed by the gateway into the one-stop [I]. MaGiaoDich is the gateway's
 * exchange id, so the one-stop can ignore a redelivered push; HeThongNguon names the sector system.
 */
export const OneStopKetQuaPushSchema = z.object({
  MaHoSo: z.string().min(1).max(50),
  MaGiaoDich: z.string().min(1),
  HeThongNguon: z.string().min(1),
  TrangThaiHoSo: OneStopTrangThaiHoSoSchema,
  NgayTra: opt(oneStopDateTime),
  NgayKetThucXuLy: opt(oneStopDateTime),
  KetQua: z.array(OneStopKetQuaSchema),
  GhiChu: opt(z.string()),
});
export type OneStopKetQuaPush = z.infer<typeof OneStopKetQuaPushSchema>;

/**
 * The national portal's verdict on a sync, called back into the one-stop [I]. TrangThaiDongBoDVC is
 * TH's per-dossier sync flag ("1" synced, "0" not; [V] TH `HoSo.TrangThaiDongBoDVC`); MaLoi and
 * ThongBao carry the portal's error_code and message verbatim.
 */
export const OneStopPhanHoiDVCQGSchema = z.object({
  MaHoSo: z.string().min(1).max(50),
  MaGiaoDich: z.string().min(1),
  DichVu: z.enum(['DongBoHoSoMC', 'CapNhatTienDoHoSoMC']),
  TrangThaiDongBoDVC: z.enum(['0', '1']),
  MaLoi: opt(z.string()),
  ThongBao: opt(z.string()),
  ThoiDiem: oneStopDateTime,
});
export type OneStopPhanHoiDVCQG = z.infer<typeof OneStopPhanHoiDVCQGSchema>;
