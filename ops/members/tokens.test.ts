// Access tokens: HS256 via hono/jwt, claims, expiry against the injected clock, tampering refused.
import { sign } from 'hono/jwt';
import { describe, expect, it } from 'vitest';
import { checkToken, signToken, TOKEN_ISSUER } from './tokens.ts';

const secret = 'k'.repeat(48);
const t0 = new Date('2026-03-01T08:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

async function issue(overrides: Partial<Parameters<typeof signToken>[0]> = {}) {
  return signToken({
    memberId: 'one-stop',
    scope: 'dossier.submit progress.submit',
    secret,
    now: t0,
    ttlSeconds: 300,
    ...overrides,
  });
}

describe('signToken', () => {
  it('should carry sub, iat, exp, jti and scope, and an HS256 header', async () => {
    const { token, claims } = await issue();
    const [header] = token.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
    expect(claims).toEqual({
      iss: TOKEN_ISSUER,
      sub: 'one-stop',
      iat: t0.getTime() / 1000,
      exp: t0.getTime() / 1000 + 300,
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
      scope: 'dossier.submit progress.submit',
    });
  });

  it('should give each token its own jti', async () => {
    const [a, b] = await Promise.all([issue(), issue()]);
    expect(a.claims.jti).not.toBe(b.claims.jti);
  });
});

describe('checkToken', () => {
  it('should accept a token until exp and call it expired from exp on', async () => {
    const { token, claims } = await issue();
    expect(await checkToken(token, secret, at(0))).toEqual({ ok: true, claims });
    expect((await checkToken(token, secret, at(299))).ok).toBe(true);
    expect(await checkToken(token, secret, at(300))).toEqual({ ok: false, code: 'token.expired' });
    expect(await checkToken(token, secret, at(3600))).toEqual({
      ok: false,
      code: 'token.expired',
    });
  });

  it('should refuse a token signed with another secret', async () => {
    const { token } = await issue({ secret: 'x'.repeat(48) });
    expect(await checkToken(token, secret, t0)).toEqual({ ok: false, code: 'token.invalid' });
  });

  it('should refuse a token whose payload was altered', async () => {
    const { token } = await issue();
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const widened = Buffer.from(JSON.stringify({ ...claims, scope: '*' })).toString('base64url');
    const forged = `${header}.${widened}.${signature}`;
    expect(await checkToken(forged, secret, t0)).toEqual({ ok: false, code: 'token.invalid' });
  });

  it('should refuse alg none and other algorithms', async () => {
    const { claims } = await issue();
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    expect((await checkToken(none, secret, t0)).ok).toBe(false);
    const hs512 = await sign(claims, secret, 'HS512');
    expect(await checkToken(hs512, secret, t0)).toEqual({ ok: false, code: 'token.invalid' });
  });

  it('should refuse well-signed tokens that lack our claims or come from the future', async () => {
    const foreign = await sign({ sub: 'x', exp: t0.getTime() / 1000 + 60 }, secret, 'HS256');
    expect(await checkToken(foreign, secret, t0)).toEqual({ ok: false, code: 'token.invalid' });
    const { token } = await issue({ now: at(3600) });
    expect(await checkToken(token, secret, t0)).toEqual({ ok: false, code: 'token.invalid' });
  });

  it('should refuse garbage without throwing', async () => {
    for (const junk of ['', 'a.b.c', 'not a token', '...'])
      expect(await checkToken(junk, secret, t0)).toEqual({ ok: false, code: 'token.invalid' });
  });
});
