// Dossier parts on the one-stop wire ⇄ canonical: components (ThanhPhanHoSo), fees (LePhi), results (KetQua).
import type { Document } from '../../contracts/canonical/document.ts';
import type { Fee } from '../../contracts/canonical/fee.ts';
import type { Result } from '../../contracts/canonical/result.ts';
import type {
  OneStopKetQua,
  OneStopLePhi,
  OneStopThanhPhanHoSo,
} from '../../contracts/wire/one-stop/hoso.ts';
import { trangThaiSoHoaCodes } from '../codes/digitization.ts';
import { lookupCode, lookupWireCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { vietnamDateOf } from '../engine/transforms/dates.ts';
import { LE_PHI_CHUA_THANH_TOAN, LE_PHI_DA_THANH_TOAN } from './codes.ts';
import { httpUrl, optionalCode, optionalText, present, requiredText } from './fields.ts';

export function thanhPhanToDocument(
  item: OneStopThanhPhanHoSo,
  ctx: MappingContext,
): Document | undefined {
  const name = requiredText(item.Ten, ctx.at('Ten'));
  const componentCode = optionalCode(item.Ma, ctx.at('Ma'));
  const digitizationState = lookupCode(
    trangThaiSoHoaCodes,
    item.TrangThaiSoHoa,
    ctx.at('TrangThaiSoHoa'),
    {
      required: true,
    },
  );
  if (name === undefined || digitizationState === undefined) return undefined;
  return present({
    name,
    componentCode,
    paperCode: optionalCode(item.MaGiayTo, ctx.at('MaGiayTo')),
    downloadUrl: httpUrl(item.DinhKem, ctx.at('DinhKem')),
    digitizationState,
    fromNationalStore: item.DuocLayTuKhoDMQuocGia,
    replacingResultCode: optionalCode(item.MaKetQuaThayThe, ctx.at('MaKetQuaThayThe')),
    originalCount: item.SoBanChinh,
    copyCount: item.SoBanSao,
  });
}

/**
 * Document → ThanhPhanHoSo. Copy counts the canonical record lacks (files submitted online have
 * none) are sent as 0 with a warning; an unknown national-store flag is sent as false.
 */
export function documentToThanhPhan(document: Document, ctx: MappingContext) {
  if (document.componentCode === undefined) {
    ctx.at('componentCode').error('value.required', 'the one-stop needs the component code (Ma)');
  }
  const count = (value: number | undefined, field: 'originalCount' | 'copyCount') => {
    if (value !== undefined) return value;
    ctx.at(field).warn('document.count_defaulted', 'no count known; 0 sent');
    return 0;
  };
  return {
    Ma: document.componentCode,
    Ten: document.name,
    MaGiayTo: document.paperCode,
    SoBanChinh: count(document.originalCount, 'originalCount'),
    SoBanSao: count(document.copyCount, 'copyCount'),
    TrangThaiSoHoa: lookupWireCode(
      trangThaiSoHoaCodes,
      document.digitizationState,
      ctx.at('digitizationState'),
    ),
    DuocLayTuKhoDMQuocGia: document.fromNationalStore ?? false,
    MaKetQuaThayThe: document.replacingResultCode,
    DinhKem: document.downloadUrl,
  };
}

export function lePhiToFee(item: OneStopLePhi, ctx: MappingContext): Fee | undefined {
  const name = requiredText(item.TenPhiLePhi, ctx.at('TenPhiLePhi'));
  if (name === undefined) return undefined;
  return present({
    name,
    code: optionalCode(item.MaPhiLePhi, ctx.at('MaPhiLePhi')),
    amount: item.SoTien,
    collectionMethodCode: optionalCode(item.HinhThucThu, ctx.at('HinhThucThu')),
    paid: item.TrangThai === LE_PHI_DA_THANH_TOAN,
  });
}

/** Fee → LePhi; a fee whose payment state is unknown is sent unpaid, with a warning. */
export function feeToLePhi(fee: Fee, ctx: MappingContext) {
  if (fee.paid === undefined)
    ctx.at('paid').warn('fee.paid_unknown', 'payment state unknown; sent as unpaid');
  return {
    TenPhiLePhi: fee.name,
    MaPhiLePhi: fee.code,
    SoTien: fee.amount,
    TrangThai: fee.paid ? LE_PHI_DA_THANH_TOAN : LE_PHI_CHUA_THANH_TOAN,
    HinhThucThu: fee.collectionMethodCode,
  };
}

/**
 * KetQua → Result. NgayKy is an instant on the wire but a calendar day in the canonical model
 * (signedOn): the day is taken in Vietnam time and the time of day is lost.
 */
export function ketQuaToResult(item: OneStopKetQua, ctx: MappingContext): Result | undefined {
  const name = requiredText(item.TenGiayTo, ctx.at('TenGiayTo'));
  if (name === undefined) return undefined;
  return present({
    name,
    resultCode: optionalCode(item.MaKetQua ?? undefined, ctx.at('MaKetQua')),
    fileUrl: httpUrl(item.DinhKem, ctx.at('DinhKem')),
    documentNumber: optionalText(item.SoKyHieu ?? undefined, ctx.at('SoKyHieu')),
    signedOn: item.NgayKy ? vietnamDateOf(new Date(item.NgayKy)) : undefined,
    issuingAgency: optionalText(item.CoQuanBanHanh ?? undefined, ctx.at('CoQuanBanHanh')),
  });
}

/**
 * Result → KetQua. The name and a download URL are required (errors at the result); the signing
 * metadata and the catalogue code travel when the result has them.
 */
export function resultToKetQua(result: Result, ctx: MappingContext) {
  const need = <T>(value: T | undefined, field: string, what: string): T | undefined => {
    if (value === undefined) ctx.at(field).error('value.required', `the one-stop needs ${what}`);
    return value;
  };
  const url = result.fileUrl ?? result.attachments?.find((a) => /^https?:\/\//i.test(a.url))?.url;
  return {
    SoKyHieu: result.documentNumber,
    NgayKy: result.signedOn && `${result.signedOn}T00:00:00+07:00`,
    CoQuanBanHanh: result.issuingAgency,
    TenGiayTo: result.name,
    MaKetQua: result.resultCode,
    DinhKem: need(url, 'fileUrl', 'a download URL of the result'),
  };
}
