// The business connector's config schema (validated at start) and which of its keys are secrets.
import { z } from 'zod';
import { EnterpriseCodeSchema } from '../../contracts/validators/enterprise-code.ts';
import { httpConfigShape, lgspClientShape, lgspServicePath, lgspTokenPath } from '../kit/index.ts';

export const BusinessConfigSchema = z.object({
  ...httpConfigShape,
  ...lgspClientShape,
  paths: z
    .object({
      token: lgspTokenPath,
      /** The provincial gateway's proxy of GetEntCert (TH: /apiDKKD/DoanhNghiep/chiTietDoanhNghiep). */
      lookup: lgspServicePath.default('/apiDKKD/DoanhNghiep/chiTietDoanhNghiep'),
    })
    .prefault({}),
  /** Code check() looks up: any well-formed answer, found or not, proves the path works. */
  checkCode: EnterpriseCodeSchema.default('0100109106'),
});
export type BusinessConfig = z.output<typeof BusinessConfigSchema>;

export const BUSINESS_SECRETS = ['clientSecret'] as const;
