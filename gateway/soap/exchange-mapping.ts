// LienThongExchange messages → canonical: CapNhatKetQua → ResultPayload, CapNhatTrangThai → DossierEvent.
import { z } from 'zod';
import { type ResultPayload, ResultPayloadSchema } from '../../contracts/api/submissions.ts';
import { DossierEventSchema } from '../../contracts/canonical/dossier-event.ts';
import type { DossierStatus } from '../../contracts/canonical/enums.ts';
import { CodeSchema } from '../../contracts/canonical/scalars.ts';
import { validateDossierCode } from '../../contracts/validators/dossier-code.ts';
import { trangThaiHoSoCodes } from '../../mappings/codes/dossier-status.ts';
import {
  type Draft,
  defineMapping,
  isoToPortal,
  lookupCode,
  type MappingContext,
  normalizeText,
  portalToIso,
} from '../../mappings/engine/index.ts';

/** What CapNhatKetQua becomes: the 'result' payload, and MaTTHC for routing by sector. */
export const SoapResultSchema = z.strictObject({
  payload: ResultPayloadSchema,
  procedureCode: CodeSchema.optional(),
});
export type SoapResult = z.infer<typeof SoapResultSchema>;

/** xs:dateTime (a Date from the `soap` parser, or ISO text) → `yyyy-MM-ddTHH:mm:ss+07:00`. */
function vietnamInstant(
  value: unknown,
  ctx: MappingContext,
  options: { required?: boolean } = {},
): string | undefined {
  const portal = isoToPortal(value, ctx, options);
  return portal === undefined ? undefined : portalToIso(portal, ctx);
}

/** NFC + trim; blank is absent, or a 'value.required' error when required. */
function text(
  value: unknown,
  ctx: MappingContext,
  options: { required?: boolean; personal?: boolean } = {},
): string | undefined {
  const normalized = normalizeText(value, ctx, { personal: options.personal ?? false });
  if (normalized !== undefined && normalized !== '') return normalized;
  return options.required ? ctx.error('value.required', 'a non-empty text is required') : undefined;
}

function code(value: unknown, ctx: MappingContext): string | undefined {
  const found = text(value, ctx);
  if (found !== undefined && /\s/.test(found))
    return ctx.error('code.invalid', 'a code cannot contain spaces');
  return found;
}

/** MaHoSo: required, at most 50 characters (the XSD), and a valid dossier code. */
function dossierCode(value: unknown, ctx: MappingContext): string | undefined {
  const found = text(value, ctx, { required: true });
  if (found === undefined) return undefined;
  if (found.length > 50) return ctx.error('value.too_long', 'at most 50 characters');
  const checked = validateDossierCode(found);
  if (checked.ok) return checked.value;
  for (const issue of checked.issues) ctx.error(issue.code, issue.message);
  return undefined;
}

/** TrangThaiHoSo "1".."10" → canonical DossierStatus ('code.unknown' otherwise). */
function status(value: unknown, ctx: MappingContext): DossierStatus | undefined {
  return lookupCode(trangThaiHoSoCodes, value, ctx, { required: true });
}

/** Download links must be public http(s) URLs; the wire's xs:anyURI lets file: or ftp: through. */
function httpUrl(value: string, ctx: MappingContext): string | undefined {
  if (/^https?:\/\/\S+$/i.test(value) && URL.canParse(value)) return value;
  return ctx.error('url.not_http', 'expected a public http(s) URL');
}

/** Drops undefined members so optional canonical fields are absent (exactOptionalPropertyTypes). */
function present<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The element as the `soap` parser gives it: an object of child elements, else a 'value.wrong_type' error. */
function fields(value: unknown, ctx: MappingContext): Record<string, unknown> | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date))
    return value as Record<string, unknown>;
  return ctx.error('value.wrong_type', 'expected an element with child elements');
}

/** A repeated element: absent, one, or several (an array). */
const repeated = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

function toResult(item: unknown, ctx: MappingContext): Draft<ResultPayload['results'][number]> {
  const ketQua = fields(item, ctx);
  if (!ketQua) return {};
  const url = text(ketQua.DuongDan, ctx.at('DuongDan'), { required: true });
  return present({
    name: text(ketQua.TenGiayTo, ctx.at('TenGiayTo'), { required: true }),
    resultCode: code(ketQua.MaGiayToKetQua, ctx.at('MaGiayToKetQua')),
    documentNumber: text(ketQua.SoKyHieu, ctx.at('SoKyHieu')),
    fileUrl: url === undefined ? undefined : httpUrl(url, ctx.at('DuongDan')),
  });
}

/**
 * No `from` schema: every field is checked in one pass, so a fault lists all failing fields at
 * their wire paths instead of stopping at the first layer that fails. The checks are those of
 * contracts/wire/gateway-soap (ExchangeCapNhatKetQuaRequestSchema) plus the canonical rules.
 */
export const soapCapNhatKetQuaToCanonical = defineMapping<unknown, typeof SoapResultSchema>({
  id: 'gateway-soap.cap-nhat-ket-qua.to-canonical',
  version: 1,
  to: SoapResultSchema,
  map: (input, ctx) => {
    const request = fields(input, ctx);
    if (!request) return {};
    return {
      payload: present({
        dossierCode: dossierCode(request.MaHoSo, ctx.at('MaHoSo')),
        status: status(request.TrangThaiHoSo, ctx.at('TrangThaiHoSo')),
        returnedAt: vietnamInstant(request.NgayTra, ctx.at('NgayTra')),
        results: repeated(request.KetQua).map((item, i) => toResult(item, ctx.at('KetQua').at(i))),
      }),
      procedureCode: code(request.MaTTHC, ctx.at('MaTTHC')),
    };
  },
});

export const soapCapNhatTrangThaiToCanonical = defineMapping<unknown, typeof DossierEventSchema>({
  id: 'gateway-soap.cap-nhat-trang-thai.to-canonical',
  version: 1,
  to: DossierEventSchema,
  map: (input, ctx) => {
    const request = fields(input, ctx);
    if (!request) return {};
    return present({
      dossierCode: dossierCode(request.MaHoSo, ctx.at('MaHoSo')),
      actor: present({ name: text(request.NguoiXuLy, ctx.at('NguoiXuLy'), { personal: true }) }),
      at: vietnamInstant(request.ThoiDiemXuLy, ctx.at('ThoiDiemXuLy'), { required: true }),
      content: text(request.NoiDung, ctx.at('NoiDung'), { required: true }),
      status: status(request.TrangThai, ctx.at('TrangThai')),
    });
  },
});
