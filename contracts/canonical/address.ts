// A postal address as the national databases give it: province, district (pre-2025 only), commune, detail.
import { z } from 'zod';
import { ADMIN_CODE_LENGTH, AdminUnitRefSchema } from './admin-unit-ref.ts';
import { TextSchema } from './scalars.ts';

export const AddressSchema = z
  .strictObject({
    /** MaTinhThanh (Tinh): province / centrally-run city. */
    province: AdminUnitRefSchema,
    /** MaQuanHuyen (Huyen): district; absent in the two-tier 2025-07 list. */
    district: AdminUnitRefSchema.optional(),
    /** MaPhuongXa (Xa): ward / commune / township. */
    commune: AdminUnitRefSchema,
    /** ChiTiet / SoNha: house number, street, hamlet — the part below the commune. */
    detail: TextSchema,
    /** DiaChi: the whole address as one line, when the source also gives it. */
    fullText: TextSchema.optional(),
    /** QuocGia: country code, when the source names one. */
    country: TextSchema.optional(),
  })
  .superRefine((address, ctx) => {
    const parts = [
      ['province', address.province],
      ['district', address.district],
      ['commune', address.commune],
    ] as const;
    for (const [tier, unit] of parts) {
      if (unit && unit.code.length !== ADMIN_CODE_LENGTH[tier]) {
        ctx.addIssue({
          code: 'custom',
          message: `A ${tier} code has ${ADMIN_CODE_LENGTH[tier]} digits`,
          params: { code: 'address.code_length_mismatch' },
          path: [tier, 'code'],
        });
      }
      if (unit && unit.listVersion !== address.province.listVersion) {
        ctx.addIssue({
          code: 'custom',
          message: 'All parts of an address must come from the same admin-unit list version',
          params: { code: 'address.mixed_list_versions' },
          path: [tier, 'listVersion'],
        });
      }
    }
    if (address.district && address.province.listVersion === '2025-07') {
      ctx.addIssue({
        code: 'custom',
        message: 'The 2025-07 list has no district tier',
        params: { code: 'address.no_district_tier' },
        path: ['district'],
      });
    }
  });
export type Address = z.infer<typeof AddressSchema>;
