// The business connector's config schema (validated at start) and which of its keys are secrets.
import { z } from 'zod';
import { EnterpriseCodeSchema } from '../../contracts/validators/enterprise-code.ts';
import { httpConfigShape } from '../kit/index.ts';

const servicePath = z.string().regex(/^\/[\w\-./]*$/, 'expected an absolute path such as /token');

export const BusinessConfigSchema = z.object({
  ...httpConfigShape,
  /** Gateway (LGSP/WSO2) application consumer key. */
  clientId: z.string().min(1),
  /** Gateway consumer secret: from the environment only; masked by redactConfig. */
  clientSecret: z.string().min(1),
  scope: z.string().min(1).optional(),
  /** Refresh the token this long before it expires (at most half its lifetime, see the kit). */
  tokenSkewMs: z.number().int().min(0).max(600_000).default(30_000),
  paths: z
    .object({
      /** Under baseUrl, or an absolute URL (WSO2 serves /token at its root, outside the API context). */
      token: z.union([servicePath, z.url({ protocol: /^https?$/ })]).default('/token'),
      /** The provincial gateway's proxy of GetEntCert (TH: /apiDKKD/DoanhNghiep/chiTietDoanhNghiep). */
      lookup: servicePath.default('/apiDKKD/DoanhNghiep/chiTietDoanhNghiep'),
    })
    .prefault({}),
  /** Code check() looks up: any well-formed answer, found or not, proves the path works. */
  checkCode: EnterpriseCodeSchema.default('0100109106'),
});
export type BusinessConfig = z.output<typeof BusinessConfigSchema>;

export const BUSINESS_SECRETS = ['clientSecret'] as const;
