// Tests for GetEntCert → canonical Organization: golden records, not found, zero-padded codes, errors as data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { businessResponseExample } from '../../contracts/wire/business/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import {
  businessDay,
  ENT_CERT_TO_CANONICAL_ID,
  entCertToCanonical,
  entCertToCanonicalCoverage,
} from './ent-cert-to-organization.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

type Response = { GetEntCert: Record<string, unknown>[] };
const threeTier = fixture('ent-cert-three-tier.input') as Response;

/** The three-tier fixture with fields of the certificate, or of its head-office address, replaced. */
function withCert(cert: Record<string, unknown>, address: Record<string, unknown> = {}): Response {
  const copy = structuredClone(threeTier);
  const first = copy.GetEntCert[0]!;
  Object.assign(first, cert);
  const offices = first.DiaChiTruSo as { DiaChi: Record<string, unknown>[] }[];
  Object.assign(offices[0]!.DiaChi[0]!, address);
  return copy;
}

const issues = (input: unknown) => {
  const result = entCertToCanonical.run(input);
  return result.ok
    ? result.warnings.map((w) => `warn ${w.path}:${w.rule}`)
    : result.errors.map((e) => `${e.path}:${e.rule}`);
};

const headOffice = (input: unknown) => {
  const result = entCertToCanonical.run(input);
  return result.ok && result.value.outcome === 'found'
    ? result.value.organization.headOffice
    : undefined;
};

describe('entCertToCanonical', () => {
  it.each(['ent-cert-three-tier', 'ent-cert-two-tier'])(
    'should map %s to the golden output',
    (name) => {
      expect(entCertToCanonical.id).toBe(ENT_CERT_TO_CANONICAL_ID);
      expect(entCertToCanonical.run(fixture(`${name}.input`))).toEqual({
        ok: true,
        value: fixture(`${name}.expected`),
        warnings: [],
      });
    },
  );

  it('should answer null or empty GetEntCert as not found, not as an error', () => {
    expect(entCertToCanonical.run({ GetEntCert: null })).toEqual({
      ok: true,
      value: { outcome: 'not_found' },
      warnings: [],
    });
    expect(entCertToCanonical.run({ GetEntCert: [] })).toEqual({
      ok: true,
      value: { outcome: 'not_found' },
      warnings: [],
    });
    expect(issues({})).toEqual(['GetEntCert:schema.invalid_type']);
  });

  it('should zero-pad integer codes and tag three-tier addresses with the pre-2025 list', () => {
    expect(headOffice(threeTier)).toMatchObject({
      province: { code: '01', listVersion: '2025-01' },
      district: { code: '001', listVersion: '2025-01' },
      commune: { code: '00001', listVersion: '2025-01', name: 'Phường Phúc Xá' },
    });
  });

  it('should resolve commune 00008 by its tiers: Liễu Giai with a district, Ngọc Hà without', () => {
    const withDistrict = withCert({}, { MaPhuongXa: 8, TenPhuongXa: 'Phường Liễu Giai' });
    expect(headOffice(withDistrict)?.commune).toEqual({
      code: '00008',
      listVersion: '2025-01',
      name: 'Phường Liễu Giai',
    });
    const twoTier = withCert(
      {},
      { MaQuanHuyen: null, TenQuanHuyen: null, MaPhuongXa: 8, TenPhuongXa: 'Phường Ngọc Hà' },
    );
    expect(headOffice(twoTier)?.commune).toEqual({
      code: '00008',
      listVersion: '2025-07',
      name: 'Phường Ngọc Hà',
    });
  });

  it('should report codes that do not fit or name no unit as field errors', () => {
    const at = 'GetEntCert[0].DiaChiTruSo[0].DiaChi[0]';
    expect(issues(withCert({}, { MaPhuongXa: 123456 }))).toEqual([
      `${at}.MaPhuongXa:code.too_long`,
    ]);
    expect(issues(withCert({}, { MaPhuongXa: 99999 }))).toEqual([
      `${at}.MaPhuongXa:admin_unit.unknown`,
    ]);
    expect(issues(withCert({}, { MaTinhThanh: 99 }))).toEqual([
      `${at}.MaTinhThanh:admin_unit.unknown`,
    ]);
    expect(issues(withCert({}, { MaTinhThanh: -1 }))).toEqual([
      'GetEntCert[0].DiaChiTruSo[0].DiaChi[0].MaTinhThanh:schema.too_small',
    ]);
  });

  it('should refuse an enterprise code with a wrong check digit (as the contract example has)', () => {
    expect(issues(businessResponseExample)).toEqual([
      'GetEntCert[0].MaSoDoanhNghiep:enterprise_code.check_digit',
    ]);
    const fixed = structuredClone(businessResponseExample);
    fixed.GetEntCert![0]!.MaSoDoanhNghiep = '0109876557';
    expect(issues(fixed)).toEqual([
      'warn GetEntCert[0].DiaChiTruSo[0].DiaChi[0].MaPhuongXa:admin_unit.name_mismatch',
    ]);
  });

  it('should refuse dates that do not exist and several certificates for one code', () => {
    expect(issues(withCert({ NgayDangKyLanDau: '2024-02-30T00:00:00' }))).toEqual([
      'GetEntCert[0].NgayDangKyLanDau:schema.invalid_format',
    ]);
    const twice = { GetEntCert: [threeTier.GetEntCert[0], threeTier.GetEntCert[0]] };
    expect(issues(twice)).toEqual(['GetEntCert:business.multiple_records']);
  });

  it('should keep only the first head-office address, with a warning', () => {
    const copy = structuredClone(threeTier);
    const offices = copy.GetEntCert[0]!.DiaChiTruSo as { DiaChi: unknown[] }[];
    offices.push({ DiaChi: [offices[0]!.DiaChi[0]] });
    expect(issues(copy)).toEqual(['warn GetEntCert[0]:business.extra_addresses']);
  });

  it('should map NFD and NFC names identically', () => {
    const nfd = withCert(
      { TenTiengViet: 'CÔNG TY TNHH CÔNG NGHỆ SỐ PHÚC XÁ'.normalize('NFD') },
      { TenPhuongXa: 'Phường Phúc Xá'.normalize('NFD') },
    );
    expect(entCertToCanonical.run(nfd)).toEqual(entCertToCanonical.run(threeTier));
  });

  it('should cover every wire field', () => {
    expect(uncoveredFields(entCertToCanonicalCoverage)).toEqual([]);
    expect(invalidCoverageEntries(entCertToCanonicalCoverage)).toEqual([]);
  });
});

describe('businessDay', () => {
  it('should read local date-times as written and offsets on the Vietnam calendar', () => {
    expect(businessDay('2015-03-12T00:00:00')).toBe('2015-03-12');
    expect(businessDay('2015-03-12T23:59:59.123')).toBe('2015-03-12');
    expect(businessDay('2024-05-19T17:00:00Z')).toBe('2024-05-20');
    expect(businessDay('2024-05-19T16:59:59Z')).toBe('2024-05-19');
    expect(businessDay(null)).toBeUndefined();
  });
});
