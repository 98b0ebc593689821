import { afterEach, describe, expect, it } from 'vitest';
import {
  portalDossierExample,
  portalProgressExample,
} from '../../contracts/wire/national-portal/examples.ts';
import type { PortalDossier } from '../../contracts/wire/national-portal/index.ts';
import { countOf, type RunningSimulator, startSimulator } from '../kit/simulator/index.ts';
import {
  appliedOf,
  createPortalSimulator,
  PORTAL_SANDBOX_ACCOUNT,
  type PortalSimulatorOptions,
} from './simulator.ts';

const account = PORTAL_SANDBOX_ACCOUNT;
const code = portalDossierExample.MaHoSo;
let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function post(path: string, payload: unknown, dstcode: string = account.dstcode) {
  const res = await fetch(`${sim?.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', dstcode },
    body: JSON.stringify(payload),
  });
  const body = (await res.json()) as {
    error_code: number;
    message: string;
    session?: string;
    result?: unknown[];
  };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
}

async function start(options: PortalSimulatorOptions = {}) {
  sim = await startSimulator(createPortalSimulator({ seed: 5, ...options }));
  const { body } = await post('/auth', { username: account.username, password: account.password });
  const session = body.session ?? '';
  const call = (service: string, fields: object, path = '/integration') =>
    post(path, { session, madonvi: account.madonvi, service, ...fields });
  return { sim, session, call };
}

const sync = (isUpdating: 'True' | 'False', dossier: object = portalDossierExample) => ({
  isUpdating,
  data: [dossier],
});
const progress = (items: object[]) => ({ data: items });
const event = (TrangThai: string, ThoiDiemXuLy: string, NoiDungXuLy = 'Xử lý') => ({
  ...portalProgressExample,
  TrangThai,
  ThoiDiemXuLy,
  NoiDungXuLy,
});

describe('createPortalSimulator', () => {
  it('should refuse wrong credentials with error_code 1 and issue a session otherwise', async () => {
    const { sim, session } = await start();
    const refused = await post('/auth', { username: account.username, password: 'x' });
    expect(refused.body).toEqual({ error_code: 1, message: expect.any(String) });
    expect(session).toMatch(/^[0-9a-f]{14}$/);
    expect(countOf(sim.stats(), 'received', 'auth')).toBe(2);
  });

  it('should refuse a number anywhere in a call, naming its path', async () => {
    const { call } = await start();
    const withNumber = {
      ...portalDossierExample,
      DanhSachTepDinhKemKhac: [{ TenGiayTo: 'Tờ khai', SoLuong: 1, LoaiGiayTo: '1' }],
    };
    const { body } = await call('DongBoHoSoMC', sync('False', withNumber));
    expect(body.error_code).toBe(4);
    expect(body.message).toContain('data[0].DanhSachTepDinhKemKhac[0].SoLuong');
  });

  it('should refuse a date that is not yyyyMMddHHmmss', async () => {
    const { call } = await start();
    const dossier = { ...portalDossierExample, NgayTiepNhan: '2025-07-03 09:30:00' };
    const { body } = await call('DongBoHoSoMC', sync('False', dossier));
    expect(body).toMatchObject({ error_code: 4 });
    expect(body.message).toContain('NgayTiepNhan');
  });

  it('should refuse a dossier code of another province', async () => {
    const { call } = await start({ provinceSuffix: 'H56' });
    const { body } = await call('DongBoHoSoMC', sync('False'));
    expect(body).toMatchObject({ error_code: 6 });
  });

  it('should answer "đã tồn tại" to a second create and refuse an update of an unknown dossier', async () => {
    const { sim, call } = await start();
    expect((await call('DongBoHoSoMC', sync('True'))).body).toMatchObject({ error_code: 5 });
    expect((await call('DongBoHoSoMC', sync('False'))).body).toMatchObject({ error_code: 0 });
    const again = await call('DongBoHoSoMC', sync('False'));
    expect(again.body).toMatchObject({
      error_code: -3,
      message: expect.stringContaining('đã tồn tại'),
    });
    expect(appliedOf(sim.stats(), code, 'DongBoHoSoMC')).toHaveLength(1);
  });

  it('should return the held dossier from TraCuuHoSo, and nothing for an unknown code', async () => {
    const { call } = await start();
    expect((await call('TraCuuHoSo', { MaHoSo: code })).body).toEqual({
      error_code: 0,
      message: 'Thành công',
      result: [],
    });
    await call('DongBoHoSoMC', sync('False'));
    const found = await call('TraCuuHoSo', { MaHoSo: code });
    expect((found.body.result as PortalDossier[])[0]).toEqual(portalDossierExample);
  });

  it('should refuse progress for an unknown dossier, apply it in order once it exists, and skip repeats', async () => {
    const { sim, call } = await start();
    const first = event('2', '20250703093000', 'Tiếp nhận hồ sơ');
    expect((await call('CapNhatTienDoHoSoMC', progress([first]))).body).toMatchObject({
      error_code: 5,
    });
    await call('DongBoHoSoMC', sync('False'));
    const second = event('4', '20250703100500');
    expect((await call('CapNhatTienDoHoSoMC', progress([first, second]))).body.error_code).toBe(0);
    expect((await call('CapNhatTienDoHoSoMC', progress([second]))).body.error_code).toBe(0);
    const stats = sim.stats();
    const applied = appliedOf(stats, code, 'CapNhatTienDoHoSoMC');
    expect(applied.map((r) => (r.item as { TrangThai: string }).TrangThai)).toEqual(['2', '4']);
    expect(countOf(stats, 'duplicate', 'CapNhatTienDoHoSoMC')).toBe(1);
  });

  it('should refuse a status change out of a final status, and apply nothing of that call', async () => {
    const { sim, call } = await start();
    await call('DongBoHoSoMC', sync('False'));
    await call('CapNhatTienDoHoSoMC', progress([event('10', '20250704080000')]));
    const late = [event('9', '20250704090000', 'Hoàn thành'), event('4', '20250704100000')];
    expect((await call('CapNhatTienDoHoSoMC', progress(late))).body).toMatchObject({
      error_code: 7,
    });
    expect(appliedOf(sim.stats(), code, 'CapNhatTienDoHoSoMC')).toHaveLength(1);

    await call('DongBoHoSoMC', sync('True', { ...portalDossierExample, TrangThaiHoSo: '10' }));
    const reopened = { ...portalDossierExample, TrangThaiHoSo: '4' };
    expect((await call('DongBoHoSoMC', sync('True', reopened))).body).toMatchObject({
      error_code: 7,
    });
  });

  it('should not record an update that changes nothing', async () => {
    const { sim, call } = await start();
    await call('DongBoHoSoMC', sync('False'));
    await call('DongBoHoSoMC', sync('True'));
    await call('DongBoHoSoMC', sync('True', { ...portalDossierExample, TrangThaiHoSo: '9' }));
    const stats = sim.stats();
    expect(appliedOf(stats, code, 'DongBoHoSoMC').map((r) => r.item)).toEqual([
      { isUpdating: 'False', TrangThaiHoSo: '4' },
      { isUpdating: 'True', TrangThaiHoSo: '9' },
    ]);
    expect(countOf(stats, 'unchanged', 'DongBoHoSoMC')).toBe(1);
  });

  it('should throttle a client past its token bucket with 429 and Retry-After, per dstcode', async () => {
    let clock = 1_000_000;
    const { call } = await start({
      rateLimit: { capacity: 3, refillPerSecond: 1 },
      now: () => clock,
    });
    await call('TraCuuHoSo', { MaHoSo: code });
    await call('TraCuuHoSo', { MaHoSo: code });
    const limited = await call('TraCuuHoSo', { MaHoSo: code });
    expect(limited.status).toBe(429);
    expect(limited.retryAfter).toBe('1');
    const other = await post('/auth', { username: 'a', password: 'b' }, 'OTHER-CLIENT');
    expect(other.status).toBe(200);
    clock += 1_000;
    expect((await call('TraCuuHoSo', { MaHoSo: code })).status).toBe(200);
  });

  it('should expire sessions after their lifetime and on the admin hook', async () => {
    let clock = 1_000_000;
    const { sim, call } = await start({ sessionTtlMs: 10_000, now: () => clock });
    expect((await call('TraCuuHoSo', { MaHoSo: code })).body.error_code).toBe(0);
    clock += 10_000;
    expect((await call('TraCuuHoSo', { MaHoSo: code })).body).toMatchObject({ error_code: 2 });

    const fresh = await start();
    expect(fresh.sim.sim.expireCredentials()).toBe(1);
    expect((await fresh.call('TraCuuHoSo', { MaHoSo: code })).body).toMatchObject({
      error_code: 2,
    });
    await sim.close();
  });

  it('should refuse another unit code, and a service sent to the wrong endpoint', async () => {
    const { session, call } = await start();
    const otherUnit = await post('/integration', {
      session,
      madonvi: '000.00.00.H56',
      service: 'TraCuuHoSo',
      MaHoSo: code,
    });
    expect(otherUnit.body).toMatchObject({ error_code: 8 });
    expect((await call('LayDanhSachTTHC', {})).body).toMatchObject({ error_code: 9 });
    expect((await call('TraCuuHoSo', { MaHoSo: code }, '/share')).body).toMatchObject({
      error_code: 9,
    });
    const list = await call('LayDanhSachTTHC', {}, '/share');
    expect(list.body.result).toContainEqual({ MATTHC: '1.001776', TENTTHC: expect.any(String) });
  });

  it('should forget dossiers and sessions on reset', async () => {
    const { sim, call } = await start();
    await call('DongBoHoSoMC', sync('False'));
    await sim.reset();
    expect((await call('TraCuuHoSo', { MaHoSo: code })).body).toMatchObject({ error_code: 2 });
    expect(sim.stats().applied).toEqual({});
  });
});
