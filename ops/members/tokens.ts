// Short-lived HS256 access tokens (hono/jwt) checked against an injected clock.
import { randomUUID } from 'node:crypto';
import { sign, verify } from 'hono/jwt';
import { z } from 'zod';

export const DEFAULT_TOKEN_TTL_SECONDS = 300;
export const TOKEN_ISSUER = 'lienthong';
/** Tolerated clock difference between gateway processes when checking `iat`. */
const CLOCK_SKEW_SECONDS = 60;
/** HS256 needs a key at least as long as its output to be as strong as it. */
export const MIN_SECRET_LENGTH = 32;

const ClaimsSchema = z.object({
  iss: z.literal(TOKEN_ISSUER),
  sub: z.string().min(1),
  iat: z.number().int(),
  exp: z.number().int(),
  jti: z.string().min(1),
  /** Space-delimited rights (RFC 8693 `scope` claim). */
  scope: z.string(),
});
export type TokenClaims = z.infer<typeof ClaimsSchema>;

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; code: 'token.invalid' | 'token.expired' };

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

export async function signToken(input: {
  memberId: string;
  scope: string;
  secret: string;
  now: Date;
  ttlSeconds: number;
}): Promise<{ token: string; claims: TokenClaims }> {
  const iat = seconds(input.now);
  const claims: TokenClaims = {
    iss: TOKEN_ISSUER,
    sub: input.memberId,
    iat,
    exp: iat + input.ttlSeconds,
    jti: randomUUID(),
    scope: input.scope,
  };
  return { token: await sign(claims, input.secret, 'HS256'), claims };
}

/** Verifies signature and algorithm with hono/jwt, then the times against `now` (not the wall clock). */
export async function checkToken(token: string, secret: string, now: Date): Promise<TokenCheck> {
  let payload: unknown;
  try {
    payload = await verify(token, secret, { alg: 'HS256', exp: false, nbf: false, iat: false });
  } catch {
    return { ok: false, code: 'token.invalid' };
  }
  const parsed = ClaimsSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, code: 'token.invalid' };
  const current = seconds(now);
  if (parsed.data.iat > current + CLOCK_SKEW_SECONDS) return { ok: false, code: 'token.invalid' };
  if (parsed.data.exp <= current) return { ok: false, code: 'token.expired' };
  return { ok: true, claims: parsed.data };
}
