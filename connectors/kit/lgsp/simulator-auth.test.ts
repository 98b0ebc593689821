import { describe, expect, it } from 'vitest';
import type { Simulator } from '../simulator/create-simulator.ts';
import { countOf } from '../simulator/stats.ts';
import type { LgspAuthOptions } from './simulator-auth.ts';
import { TEST_CLIENT as CLIENT, testClock as clock, testGateway } from './test-gateway.ts';

const gatewaySim = (now: () => number, auth: Partial<LgspAuthOptions> = {}): Simulator =>
  testGateway(now, { auth });

const tokenRequest = (sim: Simulator, form: Record<string, string>) =>
  sim.app.request('/token', { method: 'POST', body: new URLSearchParams(form) });

const grant = (extra: Record<string, string> = {}) => ({
  grant_type: 'client_credentials',
  client_id: CLIENT.clientId,
  client_secret: CLIENT.clientSecret,
  ...extra,
});

async function issue(sim: Simulator, extra: Record<string, string> = {}) {
  const res = await tokenRequest(sim, grant(extra));
  expect(res.status).toBe(200);
  return (await res.json()) as {
    access_token: string;
    token_type: string;
    expires_in: number;
    scope: string;
  };
}

const call = (sim: Simulator, authorization?: string) =>
  sim.app.request('/api/thing', authorization === undefined ? {} : { headers: { authorization } });

async function faultCode(res: Response): Promise<unknown> {
  return ((await res.json()) as { fault: { code: number } }).fault.code;
}

describe('installLgspAuth', () => {
  it('should issue a Bearer token to the known client and let it through the guard', async () => {
    const sim = gatewaySim(clock().now);
    const token = await issue(sim);
    expect(token).toMatchObject({ token_type: 'Bearer', expires_in: 60, scope: 'default' });
    expect(token.access_token).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{8}){3}$/);
    const res = await call(sim, `Bearer ${token.access_token}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(countOf(sim.stats(), 'received', 'token')).toBe(1);
    expect(countOf(sim.stats(), 'issued', 'token')).toBe(1);
  });

  it('should echo the requested scope by default and grant what grantedScope says otherwise', async () => {
    const echo = gatewaySim(clock().now);
    expect((await issue(echo, { scope: 'hoTich' })).scope).toBe('hoTich');
    const fixed = gatewaySim(clock().now, { grantedScope: () => 'default' });
    expect((await issue(fixed, { scope: 'hoTich' })).scope).toBe('default');
  });

  it('should not count issued tokens when countIssued is false', async () => {
    const sim = gatewaySim(clock().now, { countIssued: false });
    await issue(sim);
    expect(countOf(sim.stats(), 'received', 'token')).toBe(1);
    expect(countOf(sim.stats(), 'issued', 'token')).toBe(0);
  });

  it('should refuse a wrong secret with 401 invalid_client', async () => {
    const sim = gatewaySim(clock().now);
    const res = await tokenRequest(sim, grant({ client_secret: 'wrong' }));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'invalid_client' });
    expect(countOf(sim.stats(), 'issued', 'token')).toBe(0);
  });

  it('should answer 400 unsupported_grant_type for another grant and invalid_request for a bad form', async () => {
    const sim = gatewaySim(clock().now);
    const password = await tokenRequest(sim, grant({ grant_type: 'password' }));
    expect(password.status).toBe(400);
    expect(await password.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const { client_id: _dropped, ...noClient } = grant();
    const missing = await tokenRequest(sim, noClient);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: 'invalid_request' });
    const json = await sim.app.request('/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(grant()),
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('should answer a missing or malformed Authorization with WSO2 fault 900902', async () => {
    const sim = gatewaySim(clock().now);
    for (const header of [undefined, 'Basic abc', 'Bearer ']) {
      const res = await call(sim, header);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('invalid_token');
      expect(await faultCode(res)).toBe(900902);
    }
  });

  it('should answer an unknown token with fault 900901 and count it rejected', async () => {
    const sim = gatewaySim(clock().now);
    const res = await call(sim, 'Bearer not-issued');
    expect(res.status).toBe(401);
    expect(await faultCode(res)).toBe(900901);
    expect(countOf(sim.stats(), 'rejected', 'token')).toBe(1);
  });

  it('should reject a token from the moment its lifetime ends', async () => {
    const t = clock();
    const sim = gatewaySim(t.now);
    const { access_token } = await issue(sim);
    t.advance(59_999);
    expect((await call(sim, `Bearer ${access_token}`)).status).toBe(200);
    t.advance(1);
    const res = await call(sim, `Bearer ${access_token}`);
    expect(res.status).toBe(401);
    expect(await faultCode(res)).toBe(900901);
  });

  it('should reject every issued token after the admin API expires credentials', async () => {
    const sim = gatewaySim(clock().now);
    const { access_token } = await issue(sim);
    await sim.app.request('/__admin/expire-credentials', { method: 'POST' });
    const res = await call(sim, `Bearer ${access_token}`);
    expect(res.status).toBe(401);
    expect(await faultCode(res)).toBe(900901);
  });
});
