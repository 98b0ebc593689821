// The CSDLQG ĐKDN answer {GetEntCert:[…]} → canonical Organization, or a not-found outcome distinct from errors.
import { z } from 'zod';
import type { Address } from '../../contracts/canonical/address.ts';
import {
  type LegalRepresentative,
  type LegalStatus,
  type Organization,
  OrganizationSchema,
} from '../../contracts/canonical/organization.ts';
import { validateEnterpriseCode } from '../../contracts/validators/enterprise-code.ts';
import {
  type BusinessDiaChi,
  type BusinessEntCert,
  BusinessResponseSchema,
  type BusinessThongTinCaNhan,
  type BusinessTinhTrangPhapLy,
} from '../../contracts/wire/business/ent-cert.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { type Draft, defineMapping } from '../engine/define-mapping.ts';
import { vietnamDateOf } from '../engine/transforms/dates.ts';
import { zeroPad } from '../engine/transforms/numbers.ts';
import { nfc } from '../engine/transforms/text.ts';
import { validated } from '../engine/transforms/validated.ts';
import { addressFromCodes } from '../population/address-codes.ts';

export const ENT_CERT_TO_CANONICAL_ID = 'business.enterprise.to-canonical';

/** 'not_found' is an answer (null or empty GetEntCert), not an error: the code may simply be unknown. */
export const EnterpriseLookupOutcomeSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('found'), organization: OrganizationSchema }),
  z.strictObject({ outcome: z.literal('not_found') }),
]);
export type EnterpriseLookupOutcome = z.infer<typeof EnterpriseLookupOutcomeSchema>;

const DIA_CHI_FIELDS = {
  province: 'MaTinhThanh',
  district: 'MaQuanHuyen',
  commune: 'MaPhuongXa',
  detail: 'SoNha',
} as const;

const text = (value: string | null | undefined): string | undefined => {
  if (value === null || value === undefined) return undefined;
  const t = nfc(value).trim();
  return t === '' ? undefined : t;
};

/**
 * A .NET DateTime as a calendar day. A local value (`2015-03-12T00:00:00`) is read as written;
 * one with an offset is read on the Vietnam calendar, so 17:00Z the day before stays that day.
 */
export function businessDay(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const hasOffset = /(?:Z|[+-]\d{2}:\d{2})$/.test(value);
  return hasOffset ? vietnamDateOf(new Date(value)) : value.slice(0, 10);
}

function enterpriseCode(value: string, ctx: MappingContext): string | undefined {
  return validated(value, validateEnterpriseCode, ctx);
}

function legalStatus(s: BusinessTinhTrangPhapLy): Draft<LegalStatus> {
  return {
    code: text(s.MaTinhTrangPhapLy),
    name: text(s.TinhTrangPhapLy),
    suspendedFrom: businessDay(s.NgayBatDauTamNgung),
    suspendedUntil: businessDay(s.NgayKetThucTamNgung),
    suspensionReason: text(s.LyDoTamNgung),
  };
}

function representative(p: BusinessThongTinCaNhan): Draft<LegalRepresentative> {
  return {
    fullName: text(p.HoVaTen),
    idDocumentTypeCode: text(p.MaLoaiGiayToChungThuc),
    idDocumentNumber: text(p.SoGiayChungThuc),
    idDocumentIssuedOn: businessDay(p.NgayCap),
    idDocumentIssuedBy: text(p.NoiCap),
    nationalityCode: text(p.MaQuocTich),
  };
}

/** The integer codes zero-padded (province 2, district 3, commune 5 digits), then resolved. */
function headOffice(cert: BusinessEntCert, ctx: MappingContext): Address | undefined {
  const all = cert.DiaChiTruSo.flatMap((d, i) => d.DiaChi.map((a, j) => ({ a, i, j })));
  const first = all[0];
  if (first === undefined) return undefined;
  if (all.length > 1) {
    ctx.warn(
      'business.extra_addresses',
      `${all.length - 1} further head-office address(es) left out`,
    );
  }
  const at = ctx.at('DiaChiTruSo').at(first.i).at('DiaChi').at(first.j);
  const a: BusinessDiaChi = first.a;
  const province = zeroPad(a.MaTinhThanh, 2, at.at('MaTinhThanh'));
  const district = zeroPad(a.MaQuanHuyen, 3, at.at('MaQuanHuyen'));
  const commune = zeroPad(a.MaPhuongXa, 5, at.at('MaPhuongXa'));
  if (province === undefined || commune === undefined) return undefined;
  return addressFromCodes(
    {
      province,
      district,
      commune,
      detail: a.SoNha ?? undefined,
      fullText: a.DiaChi,
      country: a.MaQuocGia ?? undefined,
      provinceName: a.TenTinhThanh,
      districtName: a.TenQuanHuyen ?? undefined,
      communeName: a.TenPhuongXa,
    },
    DIA_CHI_FIELDS,
    at,
  );
}

/** One certificate → Organization draft; the caller validates it. */
export function entCertToOrganization(
  cert: BusinessEntCert,
  ctx: MappingContext,
): Draft<Organization> {
  return {
    kind: 'enterprise',
    name: text(cert.TenTiengViet),
    enterpriseCode: enterpriseCode(cert.MaSoDoanhNghiep, ctx.at('MaSoDoanhNghiep')),
    internalId: text(cert.MaNoiBo),
    registrationCertificateNumber: text(cert.SoGCNDKKD),
    typeCode: text(cert.MaLoaiHinhDN),
    typeName: text(cert.LoaiHinhDN),
    foreignName: text(cert.TenNuocNgoai),
    shortName: text(cert.TenVietTat),
    firstRegisteredOn: businessDay(cert.NgayDangKyLanDau),
    lastChangedOn: businessDay(cert.NgayDangKyThayDoi),
    changeCount: cert.SoLanDangKyThayDoi,
    legalStatuses: cert.TinhTrangPhapLy.map(legalStatus),
    legalRepresentatives: cert.DaiDienPhapLuat.flatMap((d) => d.ThongTinCaNhan.map(representative)),
    headOffice: headOffice(cert, ctx),
    businessLines: cert.NganhNgheKinhDoanh.map((n) => ({
      code: text(n.MaNganh),
      name: text(n.TenNganh),
      main: n.LaNganhChinh === 1,
    })),
  };
}

/**
 * GetEntCert null or [] → not found. Several certificates for one code cannot be told apart
 * here, so that is an error ('business.multiple_records'), not a guess.
 */
export const entCertToCanonical = defineMapping({
  id: ENT_CERT_TO_CANONICAL_ID,
  version: 1,
  from: BusinessResponseSchema,
  to: EnterpriseLookupOutcomeSchema,
  map: mapResponse,
});

function mapResponse(
  response: z.output<typeof BusinessResponseSchema>,
  ctx: MappingContext,
): Draft<z.input<typeof EnterpriseLookupOutcomeSchema>> {
  const certs = response.GetEntCert ?? [];
  const [cert] = certs;
  if (cert === undefined) return { outcome: 'not_found' };
  if (certs.length > 1) {
    ctx
      .at('GetEntCert')
      .error('business.multiple_records', `${certs.length} certificates answered one code`);
    return {};
  }
  return {
    outcome: 'found',
    organization: entCertToOrganization(cert, ctx.at('GetEntCert').at(0)),
  };
}

export const entCertToCanonicalCoverage = declareCoverage(BusinessResponseSchema, {
  mapped: [
    'GetEntCert[].MaNoiBo',
    'GetEntCert[].MaSoDoanhNghiep',
    'GetEntCert[].SoGCNDKKD',
    'GetEntCert[].MaLoaiHinhDN',
    'GetEntCert[].LoaiHinhDN',
    'GetEntCert[].TenTiengViet',
    'GetEntCert[].TenNuocNgoai',
    'GetEntCert[].TenVietTat',
    'GetEntCert[].NgayDangKyLanDau',
    'GetEntCert[].NgayDangKyThayDoi',
    'GetEntCert[].SoLanDangKyThayDoi',
    'GetEntCert[].TinhTrangPhapLy',
    'GetEntCert[].DaiDienPhapLuat[].ThongTinCaNhan[].HoVaTen',
    'GetEntCert[].DaiDienPhapLuat[].ThongTinCaNhan[].MaLoaiGiayToChungThuc',
    'GetEntCert[].DaiDienPhapLuat[].ThongTinCaNhan[].SoGiayChungThuc',
    'GetEntCert[].DaiDienPhapLuat[].ThongTinCaNhan[].NgayCap',
    'GetEntCert[].DaiDienPhapLuat[].ThongTinCaNhan[].NoiCap',
    'GetEntCert[].DaiDienPhapLuat[].ThongTinCaNhan[].MaQuocTich',
    'GetEntCert[].DiaChiTruSo[].DiaChi[].MaQuocGia',
    'GetEntCert[].DiaChiTruSo[].DiaChi[].TenTinhThanh',
    'GetEntCert[].DiaChiTruSo[].DiaChi[].MaTinhThanh',
    'GetEntCert[].DiaChiTruSo[].DiaChi[].TenQuanHuyen',
    'GetEntCert[].DiaChiTruSo[].DiaChi[].MaQuanHuyen',
    'GetEntCert[].DiaChiTruSo[].DiaChi[].TenPhuongXa',
    'GetEntCert[].DiaChiTruSo[].DiaChi[].MaPhuongXa',
    'GetEntCert[].DiaChiTruSo[].DiaChi[].SoNha',
    'GetEntCert[].DiaChiTruSo[].DiaChi[].DiaChi',
    'GetEntCert[].NganhNgheKinhDoanh',
  ],
  ignored: {
    'GetEntCert[].DaiDienPhapLuat[].ThongTinCaNhan[].LoaiGiayToChungThuc':
      'name of the document type; the canonical record keeps its code (MaLoaiGiayToChungThuc)',
    'GetEntCert[].DaiDienPhapLuat[].ThongTinCaNhan[].QuocTich':
      'name of the nationality; the canonical record keeps its code (MaQuocTich)',
    'GetEntCert[].DiaChiTruSo[].DiaChi[].QuocGia':
      'name of the country; the canonical address keeps its code (MaQuocGia)',
  },
});
