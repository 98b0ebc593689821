// Tests of the population simulator: its SOAP strings read by the real mapping, refusals, gateway auth.
import { afterEach, describe, expect, it } from 'vitest';
import { parseCitizenResponse } from '../../mappings/population/index.ts';
import { type RunningSimulator, startSimulator } from '../kit/simulator/index.ts';
import { birthDateOf, fullNameOf, SEED_CITIZENS, type SeedCitizen } from './fixtures/citizens.ts';
import { createPopulationSimulator, LOOKUP_PATH, POPULATION_CLIENT } from './simulator.ts';
import { congDanMessage } from './simulator-xml.ts';

const PERSON = SEED_CITIZENS[1] as SeedCitizen;
const lookupOf = (c: SeedCitizen) => ({
  idNumber: c.SoDinhDanh,
  fullName: fullNameOf(c),
  birthDate: birthDateOf(c),
  requestId: '7d0c1f3e-2b4a-4c5d-8e9f-0a1b2c3d4e5f',
  purpose: 'test',
});

describe('population simulator', () => {
  const open: RunningSimulator[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  it('should answer every seeded citizen with a SOAP string the mapping reads as found', () => {
    for (const c of SEED_CITIZENS) {
      const outcome = parseCitizenResponse(
        { error_code: '0', message: congDanMessage([c]) },
        lookupOf(c),
      );
      expect(outcome.outcome, c.SoDinhDanh.slice(0, 4)).toBe('found');
      if (outcome.outcome !== 'found') continue;
      expect(outcome.citizen.currentAddress?.commune?.code).toBe(c.ThuongTru.MaPhuongXa);
      expect(outcome.warnings).toEqual([]);
    }
    expect(parseCitizenResponse({ error_code: '0', message: congDanMessage([]) })).toEqual({
      outcome: 'not_found',
    });
  });

  async function start() {
    const sim = await startSimulator(createPopulationSimulator());
    open.push(sim);
    const tokenRes = await fetch(`${sim.url}/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: POPULATION_CLIENT.clientId,
        client_secret: POPULATION_CLIENT.clientSecret,
      }),
    });
    const { access_token } = (await tokenRes.json()) as { access_token: string };
    const post = async (body: unknown, token = access_token) => {
      const res = await fetch(`${sim.url}${LOOKUP_PATH}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    return { sim, post };
  }

  const request = {
    HoVaTen: fullNameOf(PERSON),
    SoDinhDanh: PERSON.SoDinhDanh,
    SoCMND: '',
    NgayThangNam: PERSON.NgayThangNam,
    Nam: PERSON.NgayThangNam.slice(0, 4),
    MaTichHop: POPULATION_CLIENT.maTichHop,
    MaDVC: POPULATION_CLIENT.maDVC,
    MaCanBo: 'canbo.test',
    MaYeuCau: 'a1b2c3d4-0000-4000-8000-000000000001',
  };

  it('should answer the JSON envelope with error_code "0" and the CongDan as a SOAP string', async () => {
    const { post } = await start();
    const res = await post(request);
    expect(res.status).toBe(200);
    expect(res.body.error_code).toBe('0');
    expect(res.body.message).toContain(`<ns1:SoDinhDanh>${PERSON.SoDinhDanh}</ns1:SoDinhDanh>`);
  });

  it('should refuse an invalid request, foreign integration codes and a reused MaYeuCau', async () => {
    const { post } = await start();
    expect((await post({ ...request, NgayThangNam: '15/03/1990' })).body.error_code).toBe('1');
    expect((await post({ ...request, MaTichHop: '999' })).body.error_code).toBe('2');
    expect((await post(request)).body.error_code).toBe('0');
    expect((await post(request)).body.error_code).toBe('3');
  });

  it('should answer a missing or unknown token as WSO2 does (401 900902 / 900901)', async () => {
    const { sim, post } = await start();
    const missing = await fetch(`${sim.url}${LOOKUP_PATH}`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ fault: { code: 900902 } });
    const unknown = await post(request, 'not-a-token');
    expect(unknown).toMatchObject({ status: 401, body: { fault: { code: 900901 } } });
  });
});
