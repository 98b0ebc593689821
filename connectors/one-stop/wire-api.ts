// The one-stop callback API's routes, headers and answers [I: designed here; the request bodies are contracts/wire/one-stop].
import { z } from 'zod';
import { oneStopDateTime } from '../../contracts/wire/one-stop/primitives.ts';

/** Routes under the configured baseUrl. */
export const ONE_STOP_ROUTES = {
  ping: '/api/v1/lienthong/ping',
  catalogue: '/api/v1/lienthong/thutuc',
  dossiers: '/api/v1/lienthong/hoso',
  results: '/api/v1/lienthong/ketqua',
  feedback: '/api/v1/lienthong/phanhoi-dvcqg',
} as const;

export const ONE_STOP_HEADERS = {
  apiKey: 'x-api-key',
  idempotencyKey: 'idempotency-key',
  /** Set on an answer replayed for an Idempotency-Key seen before. */
  replayed: 'idempotent-replayed',
} as const;

/** How the one-stop treated one record: created, updated (same MaHoSo, new content) or a duplicate. */
export const OneStopKetQuaGhiSchema = z.enum(['TaoMoi', 'CapNhat', 'TrungLap']);
export type OneStopKetQuaGhi = z.infer<typeof OneStopKetQuaGhiSchema>;

/** The answer to a HoSo, KetQua push or PhanHoiDVCQG: MaTiepNhan is the one-stop's receipt number. */
export const OneStopAckSchema = z.object({
  ThanhCong: z.literal(true),
  MaHoSo: z.string().min(1),
  KetQua: OneStopKetQuaGhiSchema,
  MaTiepNhan: z.string().min(1),
});
export type OneStopAck = z.infer<typeof OneStopAckSchema>;

/** The answer to a catalogue page upsert: one line per ThuTuc, in request order. */
export const OneStopThuTucUpsertSchema = z.object({
  ThanhCong: z.literal(true),
  KetQua: z.array(
    z.object({ MaTTHC: z.string().min(1), KetQua: z.enum(['TaoMoi', 'CapNhat', 'KhongDoi']) }),
  ),
});
export type OneStopThuTucUpsert = z.infer<typeof OneStopThuTucUpsertSchema>;

export const OneStopPingSchema = z.object({
  ThanhCong: z.literal(true),
  HeThong: z.string().min(1),
  ThoiGian: oneStopDateTime,
});

/** Every failure, whatever the status: MaLoi is stable, ThongBao is Vietnamese text for people. */
export const OneStopErrorSchema = z.object({
  ThanhCong: z.literal(false),
  MaLoi: z.string().min(1),
  ThongBao: z.string(),
  ChiTiet: z.array(z.object({ TruongDuLieu: z.string(), MoTa: z.string() })).optional(),
});
export type OneStopError = z.infer<typeof OneStopErrorSchema>;
