// The national-portal connector's config (OCPS ServerConfig "DVCQG_INTEGRATION" fields) and its secret keys.
import { z } from 'zod';
import { PROVINCE_SUFFIX_PATTERN } from '../../mappings/national-portal/index.ts';
import { httpConfigShape } from '../kit/index.ts';

const endpoint = z.string().regex(/^\/[^\s?#]*$/, 'a path starting with /');

/**
 * `baseUrl` is OCPS's `adapter_url`; the three endpoints are joined under it. Endpoint defaults
 * match the simulator: the real paths come with the portal's integration account.
 */
export const PortalConfigSchema = z.object({
  ...httpConfigShape,
  authEndpoint: endpoint.default('/auth'),
  integrationEndpoint: endpoint.default('/integration'),
  /** Dictionaries (LayDanhSachTTHC …) go here ([V] OCPS getSharingDictCollection). */
  shareEndpoint: endpoint.default('/share'),
  username: z.string().min(1),
  /** From the environment only; masked by redactConfig. */
  password: z.string().min(1),
  /** Sent as the `dstcode` header on every request. */
  dstcode: z.string().min(1),
  /** The caller's unit code, sent as `madonvi` in every call. */
  madonvi: z.string().min(1),
  /** Province part of the agency e-IDs MaHoSo must start with (H26 is unverified for Hà Nội). */
  provinceSuffix: z.string().regex(PROVINCE_SUFFIX_PATTERN).default('H26'),
  /**
   * The portal states no session lifetime: a session is reused for at most this long, and
   * sooner if the portal answers "session expired" (then refreshed once and the call retried).
   */
  sessionMaxAgeMs: z.number().int().min(1_000).max(86_400_000).default(1_200_000),
});
export type PortalConfig = z.output<typeof PortalConfigSchema>;

export const PORTAL_SECRETS = ['password'] as const;
