// Config fields every LGSP/WSO2-fronted connector shares: its client credentials and service paths.
import { z } from 'zod';

/** An absolute path under the connector's baseUrl, e.g. /token. */
export const lgspServicePath = z
  .string()
  .regex(/^\/[\w\-./]*$/, 'expected an absolute path such as /token');

/** The token path: under baseUrl, or an absolute URL (WSO2 serves /token at its root, outside the API context). */
export const lgspTokenPath = z
  .union([lgspServicePath, z.url({ protocol: /^https?$/ })])
  .default('/token');

/** Spread into the connector's config schema beside httpConfigShape (see LgspClientSettings). */
export const lgspClientShape = {
  /** Gateway (LGSP/WSO2) application consumer key. */
  clientId: z.string().min(1),
  /** Gateway consumer secret: from the environment only; masked by redactConfig. */
  clientSecret: z.string().min(1),
  /** OAuth2 scope to request, when the gateway application needs one. */
  scope: z.string().min(1).optional(),
  /** Refresh the token this long before it expires (at most half its lifetime, see the kit). */
  tokenSkewMs: z.number().int().min(0).max(600_000).default(30_000),
};
