// A progress event of a dossier (CapNhatTienDoHoSoMC item / local QuaTrinhXuLy).
import { z } from 'zod';
import { DossierCodeSchema } from '../validators/dossier-code.ts';
import { DossierStatus } from './enums.ts';
import { InstantSchema, TextSchema } from './scalars.ts';

export const DossierEventActorSchema = z.strictObject({
  /** NguoiXuLy: officer's name (the portal keeps ≤50 characters). */
  name: TextSchema.optional(),
  /** ChucDanh: officer's title. */
  title: TextSchema.optional(),
  /** PhongBanXuLy: department. */
  department: TextSchema.optional(),
});
export type DossierEventActor = z.infer<typeof DossierEventActorSchema>;

export const DossierEventSchema = z.strictObject({
  /** MaHoSo: the dossier. */
  dossierCode: DossierCodeSchema,
  /** (no portal field): order of the event within its dossier, from the source system. */
  sequence: z.number().int().nonnegative().optional(),
  /** NguoiXuLy, ChucDanh, PhongBanXuLy: who acted. */
  actor: DossierEventActorSchema,
  /** ThoiDiemXuLy: when. */
  at: InstantSchema,
  /** NoiDungXuLy: what was done. */
  content: TextSchema,
  /** TrangThai: the dossier's status after the event. */
  status: DossierStatus,
  /** NgayBatDau: when this step started. */
  startedAt: InstantSchema.optional(),
  /** NgayKetThucTheoQuyDinh: when this step is due by regulation. */
  dueAt: InstantSchema.optional(),
});
export type DossierEvent = z.infer<typeof DossierEventSchema>;
