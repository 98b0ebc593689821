// Tests of the simulated health link-up: LGSP tokens, validation, idempotent submissions, delayed results, certificates.
import { describe, expect, it } from 'vitest';
import { validatePersonalId } from '../../contracts/validators/personal-id.ts';
import {
  healthKhaiSinhExample,
  healthSubmissionExample,
} from '../../contracts/wire/health/examples.ts';
import {
  HealthGiayChungSinhResponseSchema,
  HealthGiayChungSinhSchema,
  HealthResultQueryResponseSchema,
} from '../../contracts/wire/health/index.ts';
import { appliedCount, countOf } from '../kit/simulator/index.ts';
import { SEED_BIRTH_CERTIFICATES } from './fixtures/birth-certificates.ts';
import { createHealthSimulator, HEALTH_CLIENT, type HealthSimulatorOptions } from './simulator.ts';

function setup(options: HealthSimulatorOptions = {}) {
  let clock = Date.parse('2025-07-03T02:30:00Z');
  const sim = createHealthSimulator({ now: () => clock, ...options });
  const form = (fields: Record<string, string>) =>
    sim.app.request('/token', { method: 'POST', body: new URLSearchParams(fields) });
  const token = async () => {
    const res = await form({ grant_type: 'client_credentials', ...credentials });
    return ((await res.json()) as { access_token: string }).access_token;
  };
  const call = async (path: string, body?: unknown, bearer?: string) =>
    sim.app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${bearer ?? (await token())}`,
        'content-type': 'application/json',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const query = (maHoSo: string) =>
    call('/hoTich/traCuuKetQua', { maDinhDanhHoSo: [maHoSo], maTinh: '01', module: 'KS' });
  return {
    sim,
    form,
    token,
    call,
    query,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

const credentials = {
  client_id: HEALTH_CLIENT.clientId,
  client_secret: HEALTH_CLIENT.clientSecret,
};
const withHoTich = (patch: Record<string, unknown>) => ({
  ...healthSubmissionExample,
  maHoSo: '000.00.01.H26-250703-0099',
  data: JSON.stringify({ hoTich: { ...healthKhaiSinhExample, ...patch } }),
});

async function firstItem(res: Response) {
  const body = HealthResultQueryResponseSchema.parse(await res.json());
  return body.value[0];
}

describe('createHealthSimulator', () => {
  describe('token endpoint', () => {
    it('should issue a Bearer token with its lifetime for the sandbox client', async () => {
      const { form } = setup({ tokenTtlSeconds: 120 });
      const res = await form({ grant_type: 'client_credentials', ...credentials });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ token_type: 'Bearer', expires_in: 120 });
    });

    it('should answer invalid_client to a wrong secret and unsupported_grant_type to a password grant', async () => {
      const { form } = setup();
      const wrong = await form({
        ...credentials,
        grant_type: 'client_credentials',
        client_secret: 'x',
      });
      expect(wrong.status).toBe(401);
      expect(await wrong.json()).toMatchObject({ error: 'invalid_client' });
      const grant = await form({ ...credentials, grant_type: 'password' });
      expect(grant.status).toBe(400);
      expect(await grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
    });

    it('should reject a token once its lifetime has passed, with the WSO2 fault', async () => {
      const { token, call, advance } = setup({ tokenTtlSeconds: 60 });
      const bearer = await token();
      expect((await call('/giayChungSinh/x', undefined, bearer)).status).toBe(200);
      advance(60_000);
      const res = await call('/giayChungSinh/x', undefined, bearer);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ fault: { code: 900901 } });
    });

    it('should drop every token when credentials are expired, and ask for one when none is sent', async () => {
      const { sim, token, call } = setup();
      const bearer = await token();
      sim.expireCredentials();
      expect((await call('/giayChungSinh/x', undefined, bearer)).status).toBe(401);
      const bare = await sim.app.request('/giayChungSinh/x');
      expect(await bare.json()).toMatchObject({ fault: { code: 900902 } });
    });
  });

  describe('submissions', () => {
    it('should accept a valid birth submission once and repeat the same receipt for a resend', async () => {
      const { sim, call } = setup();
      const first = await call('/hoTich/tiepNhanHoSo', healthSubmissionExample);
      const receipt = await first.json();
      expect(receipt).toMatchObject({ status: '1', errorCode: null });
      const again = await call('/hoTich/tiepNhanHoSo', healthSubmissionExample);
      expect(await again.json()).toEqual(receipt);
      const stats = sim.stats();
      expect(countOf(stats, 'received', 'submitDossier')).toBe(2);
      expect(countOf(stats, 'duplicate', 'submitDossier')).toBe(1);
      expect(appliedCount(stats, healthSubmissionExample.maHoSo)).toBe(1);
    });

    it('should refuse an invalid envelope naming the fields, never their values', async () => {
      const { sim, call } = setup();
      const res = await call('/hoTich/tiepNhanHoSo', {
        ...healthSubmissionExample,
        maDonVi: '1001',
      });
      const body = (await res.json()) as Record<string, string>;
      expect(body).toMatchObject({ status: '0', errorCode: 'HS_KHONG_HOP_LE' });
      expect(body.errorDescription).toContain('maDonVi');
      expect(body.errorDescription).not.toContain('1001');
      expect(appliedCount(sim.stats(), healthSubmissionExample.maHoSo)).toBe(0);
    });

    it('should refuse birth data that breaks the hoTich schema without echoing personal data', async () => {
      const { call } = setup();
      const res = await call('/hoTich/tiepNhanHoSo', withHoTich({ meNgaySinh: '1990-03-15' }));
      const body = (await res.json()) as Record<string, string>;
      expect(body.errorCode).toBe('HS_KHONG_HOP_LE');
      expect(body.errorDescription).toBe('data: hoTich.meNgaySinh');
    });

    it('should refuse a module other than birth registration', async () => {
      const { call } = setup();
      const res = await call('/hoTich/tiepNhanHoSo', { ...healthSubmissionExample, module: 'KT' });
      expect(await res.json()).toMatchObject({ status: '0', errorCode: 'MODULE_KHONG_HO_TRO' });
    });
  });

  describe('results', () => {
    it('should report processing until the delay passes, then the registration', async () => {
      const { call, query, advance } = setup({ resultDelayMs: 60_000 });
      await call('/hoTich/tiepNhanHoSo', healthSubmissionExample);
      const early = await firstItem(await query(healthSubmissionExample.maHoSo));
      expect(early).toMatchObject({ trangThai: '4', ketQuaXuLy: null });
      advance(60_000);
      const done = await firstItem(await query(healthSubmissionExample.maHoSo));
      expect(done).toMatchObject({
        trangThai: '10',
        maHoSoMCDT: healthSubmissionExample.maHoSo,
        maHoSoLT: 'LT-KS-2025-000001',
        ketQuaXuLy: { nksHoTen: healthKhaiSinhExample.nksHoTen, nksGioiTinh: 1, soDangKy: '1' },
      });
      const id = done?.ketQuaXuLy?.soDinhDanh ?? '';
      expect(validatePersonalId(id, { birthYear: 2025, sex: 'male' }).ok).toBe(true);
    });

    it('should give the same registration on every query', async () => {
      const { call, query } = setup({ resultDelayMs: 0 });
      await call('/hoTich/tiepNhanHoSo', healthSubmissionExample);
      const a = await firstItem(await query(healthSubmissionExample.maHoSo));
      const b = await firstItem(await query(healthSubmissionExample.maHoSo));
      expect(b).toEqual(a);
    });

    it('should refuse registration when the birth certificate is unknown to the health system', async () => {
      const { call, query } = setup({ resultDelayMs: 0 });
      const submission = withHoTich({ maGCS: 'GCS-01-KHONG-CO' });
      await call('/hoTich/tiepNhanHoSo', submission);
      expect(await firstItem(await query(submission.maHoSo))).toMatchObject({
        trangThai: '3',
        ketQuaXuLy: null,
        errors: expect.stringContaining('giấy chứng sinh'),
      });
    });

    it('should register unknown certificates too when told not to check them', async () => {
      const { call, query } = setup({ resultDelayMs: 0, refuseUnknownCertificates: false });
      const submission = withHoTich({ maGCS: 'GCS-01-KHONG-CO' });
      await call('/hoTich/tiepNhanHoSo', submission);
      expect(await firstItem(await query(submission.maHoSo))).toMatchObject({ trangThai: '10' });
    });

    it('should answer an empty list for a dossier it never received, and an error code to a bad query', async () => {
      const { call, query } = setup();
      expect(await (await query('000.00.01.H26-250101-0001')).json()).toMatchObject({
        status: 1,
        value: [],
      });
      const bad = await call('/hoTich/traCuuKetQua', { maDinhDanhHoSo: [] });
      expect(await bad.json()).toMatchObject({ status: 0, errorCode: 'YEU_CAU_KHONG_HOP_LE' });
    });
  });

  describe('birth certificates', () => {
    it('should seed only certificates that match the wire schema', () => {
      expect(SEED_BIRTH_CERTIFICATES.length).toBeGreaterThanOrEqual(3);
      for (const cert of SEED_BIRTH_CERTIFICATES) {
        expect(HealthGiayChungSinhSchema.safeParse(cert).success, cert.maGCS).toBe(true);
      }
    });

    it('should find a seeded certificate and answer null for an unknown one', async () => {
      const { call } = setup();
      const seeded = SEED_BIRTH_CERTIFICATES[1]!;
      const found = HealthGiayChungSinhResponseSchema.parse(
        await (await call(`/giayChungSinh/${seeded.maGCS}`)).json(),
      );
      expect(found.value).toEqual(seeded);
      const missing = HealthGiayChungSinhResponseSchema.parse(
        await (await call('/giayChungSinh/GCS-KHONG-CO')).json(),
      );
      expect(missing).toMatchObject({ status: 1, value: null });
    });
  });

  describe('determinism', () => {
    const run = async (seed: number) => {
      const { token, call, query } = setup({ seed, resultDelayMs: 0 });
      const bearer = await token();
      await call('/hoTich/tiepNhanHoSo', healthSubmissionExample, bearer);
      const item = await firstItem(await query(healthSubmissionExample.maHoSo));
      return { bearer, id: item?.ketQuaXuLy?.soDinhDanh };
    };

    it('should draw the same personal ID and tokens from the same seed', async () => {
      const a = await run(7);
      const b = await run(7);
      expect(a.id).toMatch(/^0012\d{8}$/);
      expect(b).toEqual(a);
    });
  });
});
