// Nested arrays of a portal dossier read back into canonical parts: files, fees, paper items, supplements, results.

import type { Document } from '../../contracts/canonical/document.ts';
import type { DigitizationState } from '../../contracts/canonical/enums.ts';
import type { Fee } from '../../contracts/canonical/fee.ts';
import type { PaperItem } from '../../contracts/canonical/paper-item.ts';
import type { Result } from '../../contracts/canonical/result.ts';
import type { Supplement } from '../../contracts/canonical/supplement.ts';
import type {
  PortalGiayToKetQua,
  PortalHoSoBoSung,
  PortalLePhi,
  PortalTaiLieuNop,
  PortalTepDinhKemKhac,
} from '../../contracts/wire/national-portal/dossier-parts.ts';
import type { MappingContext } from '../engine/context.ts';
import type { Draft } from '../engine/define-mapping.ts';
import { stringToDecimal, stringToInteger } from '../engine/transforms/numbers.ts';
import {
  codeFromPortal,
  compact,
  dateFromPortal,
  flagFromPortal,
  requiredCodeFromPortal,
  requiredTextFromPortal,
  requiredUrlFromPortal,
  textFromPortal,
  urlFromPortal,
} from './wire-values.ts';

/** IsDeleted: TH writes a C# bool ("True"/"False"); "1"/"0" are accepted too; "" is absent. */
function isDeleted(value: string | undefined, ctx: MappingContext): boolean | undefined {
  const v = value?.trim().toLowerCase();
  if (v === undefined || v === '') return undefined;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return ctx.error('flag.invalid', 'expected True or False', { value });
}

/**
 * DuocTaiSuDung "1"/"2" name the reuse states; otherwise DuocSoHoa tells digitized from not
 * (absent, as OCPS sends it: not digitized). A reuse with DuocSoHoa "0" is contradictory: warned.
 */
function digitizationState(item: PortalTaiLieuNop, ctx: MappingContext): DigitizationState {
  const reuse = item.DuocTaiSuDung;
  if (reuse === '1' || reuse === '2') {
    if (item.DuocSoHoa === '0') {
      ctx.warn(
        'document.digitization_inconsistent',
        'reused but DuocSoHoa is "0"; taken as reused',
      );
    }
    return reuse === '1' ? 'reused' : 'reused_from_other_result';
  }
  return item.DuocSoHoa === '1' ? 'digitized' : 'not_digitized';
}

/** TenTepDinhKem is the file's name: it is both the document's name and its file name. */
export function documentFromPortal(item: PortalTaiLieuNop, ctx: MappingContext): Draft<Document> {
  const name = requiredTextFromPortal(item.TenTepDinhKem, ctx.at('TenTepDinhKem'));
  return compact({
    name,
    fileName: name,
    fileId: codeFromPortal(item.TepDinhKemId, ctx.at('TepDinhKemId')),
    componentCode: codeFromPortal(item.MaThanhPhanHoSo, ctx.at('MaThanhPhanHoSo')),
    downloadUrl: urlFromPortal(item.DuongDanTaiTepTin, ctx.at('DuongDanTaiTepTin')),
    deleted: isDeleted(item.IsDeleted, ctx.at('IsDeleted')),
    digitizationState: digitizationState(item, ctx.at('DuocTaiSuDung')),
    fromNationalStore: flagFromPortal(item.DuocLayTuKhoDMQG),
    replacingResultCode: codeFromPortal(item.MaKetQuaThayThe, ctx.at('MaKetQuaThayThe')),
  });
}

/** Gia is a decimal string on the wire; the canonical amount is whole đồng. */
function vnd(value: string, ctx: MappingContext): number | undefined {
  const amount = stringToDecimal(value, ctx, { min: 0, max: Number.MAX_SAFE_INTEGER });
  if (amount === undefined || Number.isInteger(amount)) return amount;
  return ctx.error('amount.not_whole_vnd', 'an amount in VND has no fraction', { value });
}

export function feeFromPortal(item: PortalLePhi, ctx: MappingContext): Draft<Fee> {
  return compact({
    name: requiredTextFromPortal(item.TenPhiLePhi, ctx.at('TenPhiLePhi')),
    code: codeFromPortal(item.MaPhiLePhi, ctx.at('MaPhiLePhi')),
    amount: vnd(item.Gia, ctx.at('Gia')),
    kindCode: codeFromPortal(item.LoaiPhiLePhi, ctx.at('LoaiPhiLePhi')),
    collectionMethodCode: codeFromPortal(item.HinhThucThu, ctx.at('HinhThucThu')),
  });
}

export function paperItemFromPortal(
  item: PortalTepDinhKemKhac,
  ctx: MappingContext,
): Draft<PaperItem> {
  return compact({
    name: requiredTextFromPortal(item.TenGiayTo, ctx.at('TenGiayTo')),
    quantity: stringToInteger(item.SoLuong, ctx.at('SoLuong'), { min: 1 }),
    kindCode: codeFromPortal(item.LoaiGiayTo, ctx.at('LoaiGiayTo')),
  });
}

export function resultFromPortal(item: PortalGiayToKetQua, ctx: MappingContext): Draft<Result> {
  return compact({
    name: requiredTextFromPortal(item.TenGiayTo, ctx.at('TenGiayTo')),
    resultCode: codeFromPortal(item.MaGiayToKetQua, ctx.at('MaGiayToKetQua')),
    componentCode: codeFromPortal(item.MaThanhPhanHoSo, ctx.at('MaThanhPhanHoSo')),
    documentId: codeFromPortal(item.GiayToId, ctx.at('GiayToId')),
    fileUrl: requiredUrlFromPortal(item.DuongDanTepTinKetQua, ctx.at('DuongDanTepTinKetQua')),
  });
}

/** Maps each item under `ctx.at(index)`; absent arrays are empty. */
export function eachFromPortal<W, T>(
  items: readonly W[] | undefined,
  ctx: MappingContext,
  map: (item: W, ctx: MappingContext) => T,
): T[] {
  return (items ?? []).map((item, i) => map(item, ctx.at(i)));
}

export function supplementFromPortal(
  item: PortalHoSoBoSung,
  ctx: MappingContext,
): Draft<Supplement> {
  const requestedAt = dateFromPortal(item.NgayBoSung, ctx.at('NgayBoSung'));
  if (item.NgayBoSung === '')
    ctx.at('NgayBoSung').error('value.required', 'a request date is required');
  return compact({
    id: requiredCodeFromPortal(item.HoSoBoSungId, ctx.at('HoSoBoSungId')),
    requestedBy: textFromPortal(item.NguoiYeuCauBoSung, ctx.at('NguoiYeuCauBoSung'), {
      personal: true,
    }),
    content: requiredTextFromPortal(item.NoiDungBoSung, ctx.at('NoiDungBoSung')),
    requestedAt,
    receivedBy: textFromPortal(item.NguoiTiepNhanBoSung, ctx.at('NguoiTiepNhanBoSung'), {
      personal: true,
    }),
    receiptInfo: textFromPortal(item.ThongTinTiepNhan, ctx.at('ThongTinTiepNhan')),
    receivedAt: dateFromPortal(item.NgayTiepNhanBoSung, ctx.at('NgayTiepNhanBoSung')),
    statusCode: codeFromPortal(item.TrangThaiBoSung, ctx.at('TrangThaiBoSung')),
    documents: eachFromPortal(
      item.DanhSachGiayToBoSung,
      ctx.at('DanhSachGiayToBoSung'),
      documentFromPortal,
    ),
    fees: eachFromPortal(item.DanhSachLePhiBoSung, ctx.at('DanhSachLePhiBoSung'), feeFromPortal),
    previousDueAt: dateFromPortal(item.NgayHenTraTruoc, ctx.at('NgayHenTraTruoc')),
    newDueAt: dateFromPortal(item.NgayHenTraMoi, ctx.at('NgayHenTraMoi')),
  });
}
