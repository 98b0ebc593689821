// Nested arrays of a canonical dossier as DongBoHoSoMC carries them: files, fees, paper items, supplements, results.
import type { Document } from '../../contracts/canonical/document.ts';
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
import { duocTaiSuDungFor } from '../codes/digitization.ts';
import type { MappingContext } from '../engine/context.ts';
import type { Draft } from '../engine/define-mapping.ts';
import { numberToString } from '../engine/transforms/numbers.ts';
import { compact, dateToPortal, optionalFlagToPortal, textToPortal } from './wire-values.ts';

/** IsDeleted as TH serialises a C# bool. */
const IS_DELETED = { true: 'True', false: 'False' } as const;

/** A required URL the canonical record may lack: the portal takes files only as public links. */
function requiredUrl(value: string | undefined, ctx: MappingContext, what: string): string {
  if (value === undefined) {
    ctx.error('value.required', `the portal needs ${what} (files are never sent inline)`);
    return '';
  }
  return value;
}

/**
 * A TaiLieuNop item. TenTepDinhKem is the file name, else the component name. DuocSoHoa is "1" for
 * every state but not_digitized; DuocTaiSuDung comes from mappings/codes (2 → "1", 3 → "2").
 */
export function documentToPortal(doc: Document, ctx: MappingContext): Draft<PortalTaiLieuNop> {
  return compact({
    TepDinhKemId: doc.fileId ?? '',
    TenTepDinhKem: textToPortal(
      doc.fileName ?? doc.name,
      ctx.at(doc.fileName ? 'fileName' : 'name'),
    ),
    IsDeleted: doc.deleted === undefined ? '' : IS_DELETED[`${doc.deleted}`],
    MaThanhPhanHoSo: doc.componentCode ?? '',
    DuongDanTaiTepTin: requiredUrl(doc.downloadUrl, ctx.at('downloadUrl'), 'a download URL'),
    DuocSoHoa: doc.digitizationState === 'not_digitized' ? '0' : '1',
    DuocTaiSuDung: duocTaiSuDungFor(doc.digitizationState),
    DuocLayTuKhoDMQG: optionalFlagToPortal(doc.fromNationalStore),
    MaKetQuaThayThe: doc.replacingResultCode ?? '',
  });
}

/** A DanhSachLePhi item. Codes the source did not give stay "" (TH hard-codes "1"; we do not). */
export function feeToPortal(fee: Fee, ctx: MappingContext): Draft<PortalLePhi> {
  return {
    TenPhiLePhi: textToPortal(fee.name, ctx.at('name')),
    MaPhiLePhi: fee.code ?? '',
    HinhThucThu: fee.collectionMethodCode ?? '',
    Gia: numberToString(fee.amount, ctx.at('amount')),
    LoaiPhiLePhi: fee.kindCode ?? '',
  };
}

export function paperItemToPortal(item: PaperItem, ctx: MappingContext): PortalTepDinhKemKhac {
  return {
    TenGiayTo: textToPortal(item.name, ctx.at('name')),
    SoLuong: String(item.quantity),
    LoaiGiayTo: item.kindCode ?? '',
  };
}

export function resultToPortal(result: Result, ctx: MappingContext): PortalGiayToKetQua {
  return {
    TenGiayTo: textToPortal(result.name, ctx.at('name')),
    MaThanhPhanHoSo: result.componentCode ?? '',
    GiayToId: result.documentId ?? '',
    DuongDanTepTinKetQua: requiredUrl(result.fileUrl, ctx.at('fileUrl'), 'the result file URL'),
    MaGiayToKetQua: result.resultCode ?? '',
  };
}

/** Maps each item under `ctx.at(index)`. */
export function eachToPortal<T, W>(
  items: readonly T[] | undefined,
  ctx: MappingContext,
  map: (item: T, ctx: MappingContext) => W,
): W[] {
  return (items ?? []).map((item, i) => map(item, ctx.at(i)));
}

/** A DanhSachHoSoBoSung item. ThoiHanBoSung (deadlineAt) has no portal field. */
export function supplementToPortal(
  supplement: Supplement,
  ctx: MappingContext,
): Draft<PortalHoSoBoSung> {
  return {
    HoSoBoSungId: supplement.id,
    NguoiYeuCauBoSung: textToPortal(supplement.requestedBy, ctx.at('requestedBy'), {
      personal: true,
    }),
    NoiDungBoSung: textToPortal(supplement.content, ctx.at('content')),
    NgayBoSung: dateToPortal(supplement.requestedAt, ctx.at('requestedAt')),
    NguoiTiepNhanBoSung: textToPortal(supplement.receivedBy, ctx.at('receivedBy'), {
      personal: true,
    }),
    ThongTinTiepNhan: textToPortal(supplement.receiptInfo, ctx.at('receiptInfo')),
    NgayTiepNhanBoSung: dateToPortal(supplement.receivedAt, ctx.at('receivedAt')),
    TrangThaiBoSung: supplement.statusCode ?? '',
    DanhSachGiayToBoSung: eachToPortal(supplement.documents, ctx.at('documents'), documentToPortal),
    DanhSachLePhiBoSung: eachToPortal(supplement.fees, ctx.at('fees'), feeToPortal),
    NgayHenTraTruoc: dateToPortal(supplement.previousDueAt, ctx.at('previousDueAt')),
    NgayHenTraMoi: dateToPortal(supplement.newDueAt, ctx.at('newDueAt')),
  };
}
