// The health connector's config schema (validated at start) and which of its keys are secrets.
import { z } from 'zod';
import { httpConfigShape, lgspClientShape, lgspServicePath, lgspTokenPath } from '../kit/index.ts';

export const HealthConfigSchema = z.object({
  ...httpConfigShape,
  ...lgspClientShape,
  paths: z
    .object({
      token: lgspTokenPath,
      submit: lgspServicePath.default('/hoTich/tiepNhanHoSo'),
      results: lgspServicePath.default('/hoTich/traCuuKetQua'),
      birthCertificate: lgspServicePath.default('/giayChungSinh'),
    })
    .prefault({}),
  /** maDonVi: this gateway's unit number in the health system (an int in the link-up). */
  maDonVi: z.number().int().nonnegative(),
  /** Province code sent with result queries (administrative-unit code; Hà Nội = 01). */
  maTinh: z
    .string()
    .regex(/^\d{2}$/)
    .default('01'),
  /** Record kind of the link-up: "KS" birth registration. */
  module: z.string().min(1).default('KS'),
});
export type HealthConfig = z.output<typeof HealthConfigSchema>;

export const HEALTH_SECRETS = ['clientSecret'] as const;
