// The health connector's config schema (validated at start) and which of its keys are secrets.
import { z } from 'zod';
import { httpConfigShape } from '../kit/index.ts';

const servicePath = z.string().regex(/^\/[\w\-./]*$/, 'expected an absolute path such as /token');

export const HealthConfigSchema = z.object({
  ...httpConfigShape,
  /** LGSP (WSO2) application consumer key. */
  clientId: z.string().min(1),
  /** LGSP consumer secret: from the environment only; masked by redactConfig. */
  clientSecret: z.string().min(1),
  /** OAuth2 scope to request, when the LGSP application needs one. */
  scope: z.string().min(1).optional(),
  /** Refresh the token this long before it expires (at most half its lifetime, see the kit). */
  tokenSkewMs: z.number().int().min(0).max(600_000).default(30_000),
  paths: z
    .object({
      /** Under baseUrl, or an absolute URL (WSO2 serves /token at its root, outside the API context). */
      token: z.union([servicePath, z.url({ protocol: /^https?$/ })]).default('/token'),
      submit: servicePath.default('/hoTich/tiepNhanHoSo'),
      results: servicePath.default('/hoTich/traCuuKetQua'),
      birthCertificate: servicePath.default('/giayChungSinh'),
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
