// The simulated one-stop's own rules: API key, validation, Idempotency-Key, duplicates, paging, order, strict mode.
import { describe, expect, it } from 'vitest';
import { oneStopKetQuaPushExample } from '../../contracts/wire/one-stop/examples.ts';
import { countOf } from '../kit/simulator/index.ts';
import { PROCEDURES } from './generator/procedures.ts';
import { createOneStopSimulator, ONE_STOP_SANDBOX_API_KEY } from './simulator.ts';
import { hoSoFixture } from './test-fixtures.ts';
import { ONE_STOP_ROUTES } from './wire-api.ts';

type Sim = ReturnType<typeof createOneStopSimulator>;

function call(
  sim: Sim,
  method: string,
  path: string,
  body?: unknown,
  key?: string,
  apiKey = ONE_STOP_SANDBOX_API_KEY,
) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-api-key': apiKey,
  };
  if (key) headers['idempotency-key'] = key;
  return sim.app.request(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const push = { ...oneStopKetQuaPushExample, MaHoSo: hoSoFixture.MaHoSo };

describe('createOneStopSimulator', () => {
  it('should refuse a call without the API key with 401 API_KEY_KHONG_HOP_LE', async () => {
    const res = await call(
      createOneStopSimulator(),
      'GET',
      ONE_STOP_ROUTES.ping,
      undefined,
      undefined,
      'wrong',
    );
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ ThanhCong: false, MaLoi: 'API_KEY_KHONG_HOP_LE' });
  });

  it('should list the invalid fields of a HoSo by path without echoing their values', async () => {
    const bad = {
      ...hoSoFixture,
      KenhThucHien: 7,
      ChuHoSo: { ...hoSoFixture.ChuHoSo, SoGiayTo: '12345' },
    };
    const res = await call(createOneStopSimulator(), 'POST', ONE_STOP_ROUTES.dossiers, bad, 'k1');
    const body = (await res.json()) as { MaLoi: string; ChiTiet: { TruongDuLieu: string }[] };
    expect(res.status).toBe(400);
    expect(body.MaLoi).toBe('DU_LIEU_KHONG_HOP_LE');
    expect(body.ChiTiet.map((d) => d.TruongDuLieu).sort()).toEqual([
      'ChuHoSo.SoGiayTo',
      'KenhThucHien',
    ]);
    expect(JSON.stringify(body)).not.toContain('12345');
  });

  it('should refuse a personal ID whose century digit contradicts the sex', async () => {
    const female = hoSoFixture.ChuHoSo.GioiTinh === '2';
    const bad = {
      ...hoSoFixture,
      ChuHoSo: { ...hoSoFixture.ChuHoSo, GioiTinh: female ? '1' : '2' },
    };
    const res = await call(createOneStopSimulator(), 'POST', ONE_STOP_ROUTES.dossiers, bad, 'k1');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      ChiTiet: [{ TruongDuLieu: 'ChuHoSo.SoGiayTo', MoTa: 'personal_id.sex_mismatch' }],
    });
  });

  it('should refuse a malformed MaHoSo with MA_HO_SO_KHONG_HOP_LE', async () => {
    const res = await call(
      createOneStopSimulator(),
      'POST',
      ONE_STOP_ROUTES.results,
      { ...push, MaHoSo: 'HS-1' },
      'k1',
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ MaLoi: 'MA_HO_SO_KHONG_HOP_LE' });
  });

  it('should require an Idempotency-Key on writes', async () => {
    const res = await call(createOneStopSimulator(), 'POST', ONE_STOP_ROUTES.results, push);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ChiTiet: [{ TruongDuLieu: 'Idempotency-Key' }] });
  });

  it('should replay the first answer for a repeated key and refuse the key for another body', async () => {
    const sim = createOneStopSimulator();
    const first = await call(sim, 'POST', ONE_STOP_ROUTES.results, push, 'k1');
    const again = await call(sim, 'POST', ONE_STOP_ROUTES.results, push, 'k1');
    const other = await call(
      sim,
      'POST',
      ONE_STOP_ROUTES.results,
      { ...push, GhiChu: 'khác' },
      'k1',
    );
    expect([first.status, again.status, other.status]).toEqual([201, 201, 422]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(await other.json()).toMatchObject({ MaLoi: 'KHOA_IDEMPOTENCY_DA_DUNG' });
    expect(countOf(sim.stats(), 'applied', 'pushResult')).toBe(1);
  });

  it('should answer TrungLap for a MaGiaoDich it already applied, under any key', async () => {
    const sim = createOneStopSimulator();
    await call(sim, 'POST', ONE_STOP_ROUTES.results, push, 'k1');
    const res = await call(sim, 'POST', ONE_STOP_ROUTES.results, push, 'k2');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ KetQua: 'TrungLap' });
    expect(sim.stats().applied[push.MaHoSo]).toHaveLength(1);
  });

  it('should record dossier, result and feedback per MaHoSo in the order applied', async () => {
    const sim = createOneStopSimulator();
    await call(sim, 'POST', ONE_STOP_ROUTES.dossiers, hoSoFixture, 'a');
    await call(sim, 'POST', ONE_STOP_ROUTES.results, push, 'b');
    const updated = await call(
      sim,
      'POST',
      ONE_STOP_ROUTES.dossiers,
      { ...hoSoFixture, TrangThaiHoSo: '4' },
      'c',
    );
    expect(await updated.json()).toMatchObject({ KetQua: 'CapNhat' });
    const records = sim.stats().applied[hoSoFixture.MaHoSo] ?? [];
    expect(records.map((r) => [r.op, r.seq])).toEqual([
      ['pushDossier', 1],
      ['pushResult', 2],
      ['pushDossier', 3],
    ]);
  });

  it('should refuse results for unknown dossiers with 404 only in strict mode', async () => {
    const strict = await call(
      createOneStopSimulator({ strictDossiers: true }),
      'POST',
      ONE_STOP_ROUTES.results,
      push,
      'k',
    );
    const lenient = await call(
      createOneStopSimulator(),
      'POST',
      ONE_STOP_ROUTES.results,
      push,
      'k',
    );
    expect([strict.status, lenient.status]).toEqual([404, 201]);
    expect(await strict.json()).toMatchObject({ MaLoi: 'KHONG_TIM_THAY' });
  });

  it('should page the catalogue from 1 and refuse a page size above 500', async () => {
    const sim = createOneStopSimulator();
    const page2 = await call(sim, 'GET', `${ONE_STOP_ROUTES.catalogue}?page=2&pageSize=5`);
    const tooBig = await call(sim, 'GET', `${ONE_STOP_ROUTES.catalogue}?page=1&pageSize=501`);
    expect(await page2.json()).toMatchObject({ page: 2, pageSize: 5, total: PROCEDURES.length });
    expect(tooBig.status).toBe(400);
    expect(await tooBig.json()).toMatchObject({
      MaLoi: 'TRANG_KHONG_HOP_LE',
      ChiTiet: [{ TruongDuLieu: 'pageSize' }],
    });
  });

  it('should restore its seeded catalogue and forget keys on reset', async () => {
    const sim = createOneStopSimulator({ catalogue: [] });
    await call(sim, 'POST', ONE_STOP_ROUTES.results, push, 'k1');
    sim.reset();
    const again = await call(sim, 'POST', ONE_STOP_ROUTES.results, push, 'k1');
    const list = await call(sim, 'GET', ONE_STOP_ROUTES.catalogue);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(await list.json()).toMatchObject({ total: 0, items: [] });
  });
});
