// LGSP/NGSP-style OAuth2 client-credentials token exchange in front of the health system.
import { z } from 'zod';

/**
 * Form body (`application/x-www-form-urlencoded`) of POST `{base}/token` ([V] OCPS
 * `LGSPRestClient.java`, `LGSPTerm.java`; DOMAIN §3.3).
 */
export const HealthTokenRequestSchema = z.object({
  grant_type: z.literal('client_credentials'),
  client_id: z.string().min(1),
  client_secret: z.string().min(1),
  scope: z.string().optional(),
});
export type HealthTokenRequest = z.infer<typeof HealthTokenRequestSchema>;

/**
 * WSO2 token answer `{access_token, token_type, expires_in, scope}` ([V] OCPS; TH
 * `KhaiSinhKhaiTu_BTP_TokenResponse` with `int expires_in`). RFC 6749 makes `scope` optional.
 */
export const HealthTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().regex(/^bearer$/i, 'expected a Bearer token'),
  expires_in: z.number().int().positive(),
  scope: z.string().optional(),
});
export type HealthTokenResponse = z.infer<typeof HealthTokenResponseSchema>;
