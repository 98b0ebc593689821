// Session-token transport of the national portal adapter: auth, the integration-call envelope, the generic response.
import { z } from 'zod';
import { PortalErrorCodeSchema } from './primitives.ts';

/** The header carrying the caller's code on every adapter request ([V] OCPS `ServerConfig.dstcode`). */
export const PORTAL_DSTCODE_HEADER = 'dstcode';

/** Headers required on auth and integration calls: `dstcode: <code>` ([V] OCPS, DOMAIN §3.1). */
export const PortalHeadersSchema = z.looseObject({ dstcode: z.string().min(1) });
export type PortalHeaders = z.infer<typeof PortalHeadersSchema>;

/** POST `adapter_url + auth_endpoint` body ([V] OCPS `getAccessToken`, DOMAIN §3.1). */
export const PortalAuthRequestSchema = z.object({
  username: z.string().min(1),
  password: z.string().min(1),
});
export type PortalAuthRequest = z.infer<typeof PortalAuthRequestSchema>;

/**
 * Auth answer `{"error_code":0,"session":"…"}` ([V] OCPS). `session` is absent on failure, when a
 * `message` explains why [I].
 */
export const PortalAuthResponseSchema = z.object({
  error_code: PortalErrorCodeSchema,
  session: z.string().min(1).optional(),
  message: z.string().optional(),
});
export type PortalAuthResponse = z.infer<typeof PortalAuthResponseSchema>;

/**
 * Every integration call: POST `adapter_url + integration_endpoint` (dictionaries: `share_endpoint`)
 * with `{session, madonvi, service, …operation fields}` ([V] OCPS `syncData`, `getSharingData`).
 * Loose: the operation's own fields travel beside the envelope keys.
 */
export const PortalCallEnvelopeSchema = z.looseObject({
  session: z.string().min(1),
  madonvi: z.string().min(1),
  service: z.string().min(1),
});
export type PortalCallEnvelope = z.infer<typeof PortalCallEnvelopeSchema>;

/**
 * Generic answer `{error_code, message, result:[…]}` ([V] OCPS reads `error_code` then `result`).
 * `result` is absent on errors and on write operations [I].
 */
export function portalResponse<T extends z.ZodType>(item: T) {
  return z.object({
    error_code: PortalErrorCodeSchema,
    message: z.string().optional(),
    result: z.array(item).optional(),
  });
}

/** The generic response with unparsed result items (write operations, errors). */
export const PortalResponseSchema = portalResponse(z.unknown());
export type PortalResponse = z.infer<typeof PortalResponseSchema>;
