// A reference to an administrative unit: a code is meaningless without the list version it comes from.
import { z } from 'zod';
import { AdminLevel, AdminListVersion } from './enums.ts';
import { TextSchema } from './scalars.ts';

/** Code lengths by tier, as the GSO lists write them (province 01, district 001, commune 00004). */
export const ADMIN_CODE_LENGTH = { province: 2, district: 3, commune: 5 } as const;

export const AdminUnitRefSchema = z.strictObject({
  /** MaTinhThanh / MaQuanHuyen / MaPhuongXa (Tinh/Huyen/Xa): zero-padded GSO code, 2, 3 or 5 digits. */
  code: z.string().regex(/^(?:\d{2}|\d{3}|\d{5})$/, 'An admin unit code has 2, 3 or 5 digits'),
  /** (no source field): the list the code belongs to; sources imply it by date. */
  listVersion: AdminListVersion,
  /** TenTinhThanh / TenQuanHuyen / TenPhuongXa: the unit's name as the source gave it. */
  name: TextSchema.optional(),
});
export type AdminUnitRef = z.infer<typeof AdminUnitRefSchema>;

const LEVEL_CODE_LENGTH: Readonly<Record<AdminLevel, number>> = {
  city: ADMIN_CODE_LENGTH.province,
  district: ADMIN_CODE_LENGTH.district,
  commune: ADMIN_CODE_LENGTH.commune,
};

/** A unit together with its tier, e.g. where a dossier was received. */
export const LeveledAdminUnitSchema = z
  .strictObject({
    /** CapThucHien (cấp thực hiện): tier of the receiving unit — city, district or commune. */
    level: AdminLevel,
    /** HoSo receiving unit (đơn vị tiếp nhận): the unit itself. */
    unit: AdminUnitRefSchema,
  })
  .superRefine(({ level, unit }, ctx) => {
    if (unit.code.length !== LEVEL_CODE_LENGTH[level]) {
      ctx.addIssue({
        code: 'custom',
        message: `A ${level} code has ${LEVEL_CODE_LENGTH[level]} digits`,
        params: { code: 'admin_unit.code_length_mismatch' },
        path: ['unit', 'code'],
      });
    }
    if (level === 'district' && unit.listVersion === '2025-07') {
      ctx.addIssue({
        code: 'custom',
        message: 'The 2025-07 list has no district tier',
        params: { code: 'admin_unit.no_district_tier' },
        path: ['level'],
      });
    }
  });
export type LeveledAdminUnit = z.infer<typeof LeveledAdminUnitSchema>;
