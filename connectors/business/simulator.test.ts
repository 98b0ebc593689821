// Tests of the simulated CSDL ĐKDN gateway: seeded enterprises with integer admin codes, not-found, faults, tokens.
import { describe, expect, it } from 'vitest';
import { validateEnterpriseCode } from '../../contracts/validators/enterprise-code.ts';
import {
  BusinessEntCertSchema,
  BusinessResponseSchema,
} from '../../contracts/wire/business/index.ts';
import { lookupAdminUnit } from '../../mappings/codes/admin-units/index.ts';
import { countOf } from '../kit/simulator/index.ts';
import { PHUC_XA_TRADING, SEED_ENTERPRISES } from './fixtures/enterprises.ts';
import { BUSINESS_CLIENT, createBusinessSimulator, LOOKUP_PATH } from './simulator.ts';

function setup() {
  let clock = Date.parse('2025-09-01T01:00:00Z');
  const sim = createBusinessSimulator({ now: () => clock, tokenTtlSeconds: 60 });
  const token = async () => {
    const res = await sim.app.request('/token', {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: BUSINESS_CLIENT.clientId,
        client_secret: BUSINESS_CLIENT.clientSecret,
      }),
    });
    return ((await res.json()) as { access_token: string }).access_token;
  };
  const lookup = async (msdn: string, bearer?: string) =>
    sim.app.request(`${LOOKUP_PATH}?msdn=${encodeURIComponent(msdn)}`, {
      headers: { authorization: `Bearer ${bearer ?? (await token())}` },
    });
  const advance = (ms: number): void => {
    clock += ms;
  };
  return { sim, token, lookup, advance };
}

const headOffice = (cert: (typeof SEED_ENTERPRISES)[number]) => cert.DiaChiTruSo[0]!.DiaChi[0]!;

describe('createBusinessSimulator', () => {
  describe('seeded enterprises', () => {
    it('should hold only records that match the wire schema and carry valid enterprise codes', () => {
      expect(SEED_ENTERPRISES.length).toBeGreaterThanOrEqual(5);
      for (const cert of SEED_ENTERPRISES) {
        expect(BusinessEntCertSchema.safeParse(cert).success, cert.MaSoDoanhNghiep).toBe(true);
        expect(validateEnterpriseCode(cert.MaSoDoanhNghiep)).toMatchObject({
          ok: true,
          value: cert.MaSoDoanhNghiep,
        });
      }
    });

    it('should place every head office in a real Hà Nội unit of its era, with integer codes', () => {
      for (const cert of SEED_ENTERPRISES) {
        const a = headOffice(cert);
        expect(a.MaTinhThanh).toBe(1);
        const commune = String(a.MaPhuongXa).padStart(5, '0');
        const version = a.MaQuanHuyen == null ? '2025-07' : '2025-01';
        const unit = lookupAdminUnit(commune, version);
        expect(unit?.name, cert.MaSoDoanhNghiep).toBe(a.TenPhuongXa);
        if (a.MaQuanHuyen != null) {
          expect(unit?.parentCode).toBe(String(a.MaQuanHuyen).padStart(3, '0'));
        }
      }
    });

    it('should send Phúc Xá, Ba Đình as 1 / 1 / 1 like the real API', () => {
      expect(headOffice(PHUC_XA_TRADING)).toMatchObject({
        MaTinhThanh: 1,
        MaQuanHuyen: 1,
        MaPhuongXa: 1,
      });
    });
  });

  describe('lookups', () => {
    it('should answer a known code with its single certificate', async () => {
      const { sim, lookup } = setup();
      const body = BusinessResponseSchema.parse(await (await lookup('0103456789')).json());
      expect(body.GetEntCert).toHaveLength(1);
      expect(body.GetEntCert?.[0]?.TenTiengViet).toBe('CÔNG TY TNHH PHẦN MỀM DỊCH VỌNG');
      expect(countOf(sim.stats(), 'found', 'lookupEnterprise')).toBe(1);
    });

    it('should find a branch by its 13-digit hyphenated code', async () => {
      const { lookup } = setup();
      const body = BusinessResponseSchema.parse(await (await lookup('0101234565-001')).json());
      expect(body.GetEntCert?.[0]?.LoaiHinhDN).toBe('Chi nhánh');
    });

    it('should answer a null list for a well-formed code it does not hold', async () => {
      const { sim, lookup } = setup();
      const res = await lookup('0100109106');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ GetEntCert: null });
      expect(countOf(sim.stats(), 'not_found', 'lookupEnterprise')).toBe(1);
    });

    it('should answer 400 to a malformed code', async () => {
      const { lookup } = setup();
      expect((await lookup('12345')).status).toBe(400);
    });
  });

  describe('gateway behaviour', () => {
    it('should refuse an expired token with the WSO2 fault', async () => {
      const { token, lookup, advance } = setup();
      const bearer = await token();
      advance(60_000);
      const res = await lookup('0103456789', bearer);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ fault: { code: 900901 } });
    });

    it('should answer 503 with the back-end fault when the registry is unavailable', async () => {
      const { sim, token, lookup } = setup();
      const bearer = await token();
      sim.setFaults({ errorRate: 1, errorResponder: 'unavailable' });
      const res = await lookup('0103456789', bearer);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ fault: { code: 101503 } });
    });
  });
});
