// canonical Dossier → one-stop HoSo: how the portal's online dossiers are forwarded to the city one-stop.
import { DossierSchema } from '../../contracts/canonical/dossier.ts';
import { OneStopHoSoSchema } from '../../contracts/wire/one-stop/hoso.ts';
import { loaiDoiTuongCodes } from '../codes/applicant-kind.ts';
import { kenhThucHienCodes } from '../codes/channel.ts';
import { trangThaiHoSoCodes } from '../codes/dossier-status.ts';
import { mucDoCodes } from '../codes/service-level.ts';
import { lookupWireCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { defineMapping } from '../engine/define-mapping.ts';
import { truncateText } from '../engine/transforms/text.ts';
import { applicantToNguoi } from './applicant-to-nguoi.ts';
import { hinhThucTraCodes } from './codes.ts';
import { documentToThanhPhan, feeToLePhi, resultToKetQua } from './dossier-part-fields.ts';
import { prune, toVietnamInstant } from './fields.ts';
import { procedureCodeToWire } from './procedure-code.ts';
import { receivingUnitToWire } from './receiving-unit-fields.ts';

const MAX_TRICH_YEU = 2000;

/** Reports a canonical field the one-stop requires but this dossier lacks; returns the value. */
function required<T>(value: T | undefined, ctx: MappingContext, what: string): T | undefined {
  if (value === undefined) ctx.error('value.required', `the one-stop needs ${what}`);
  return value;
}

/**
 * Issues are reported at canonical paths (owner.personalId, dates.receivedAt …), because the
 * canonical record is what an operator fixes. Fields the one-stop has no place for are left
 * out: substituteCode, receiptNumber, contact (except as the owner's phone/e-mail fallback),
 * paperItems, supplements, returnInfo, note, resultDigitized, databasesConsulted, rejectedAt,
 * agency code/levelCode, and deleted documents (skipped with a warning).
 */
export const oneStopDossierToOneStop = defineMapping({
  id: 'one-stop.dossier.to-one-stop',
  version: 1,
  from: DossierSchema,
  to: OneStopHoSoSchema,
  map: (dossier, ctx) => {
    const version = dossier.receivingUnit.unit.listVersion;
    const dates = ctx.at('dates');
    const at = (value: string | undefined, field: string) =>
      toVietnamInstant(value, dates.at(field));
    const summary = required(dossier.summary, ctx.at('summary'), 'the summary (TrichYeu)');
    const agency = required(
      dossier.processingAgency,
      ctx.at('processingAgency'),
      'the processing agency',
    );
    const sector = required(dossier.sector, ctx.at('sector'), 'the sector (MaLinhVuc, TenLinhVuc)');
    const documents = dossier.documents.flatMap((document, i) => {
      if (!document.deleted) return [documentToThanhPhan(document, ctx.at('documents').at(i))];
      ctx
        .at('documents')
        .at(i)
        .warn('document.deleted_skipped', 'a withdrawn file is not forwarded');
      return [];
    });
    return prune({
      MaHoSo: dossier.code,
      MaTTHC: procedureCodeToWire(dossier.procedure, ctx.at('procedure')),
      TenTTHC: required(dossier.procedure.name, ctx.at('procedure.name'), 'the procedure name'),
      MaLinhVuc: sector?.code,
      TenLinhVuc: sector?.name,
      KenhThucHien: lookupWireCode(kenhThucHienCodes, dossier.channel, ctx.at('channel')),
      MucDo: lookupWireCode(mucDoCodes, dossier.serviceLevel, ctx.at('serviceLevel'), {
        required: true,
      }),
      ChuHoSo: applicantToNguoi(dossier.owner, version, ctx.at('owner'), dossier.contact),
      NguoiUyQuyen:
        dossier.submitter && applicantToNguoi(dossier.submitter, version, ctx.at('submitter')),
      LoaiDoiTuong: lookupWireCode(loaiDoiTuongCodes, dossier.owner.kind, ctx.at('owner.kind')),
      MaDoiTuong: dossier.owner.techId,
      TrichYeu: summary && truncateText(summary, ctx.at('summary'), { maxLength: MAX_TRICH_YEU }),
      NgayNop: at(dossier.dates.submittedAt, 'submittedAt'),
      NgayTiepNhan: at(
        required(
          dossier.dates.receivedAt,
          dates.at('receivedAt'),
          'the receipt time (NgayTiepNhan)',
        ),
        'receivedAt',
      ),
      NgayHenTra: at(dossier.dates.dueAt, 'dueAt'),
      NgayTra: at(dossier.dates.returnedAt, 'returnedAt'),
      NgayKetThucXuLy: at(dossier.dates.finishedAt, 'finishedAt'),
      TrangThaiHoSo: lookupWireCode(trangThaiHoSoCodes, dossier.status, ctx.at('status')),
      DonViXuLy: agency && {
        MaDinhDanh: required(agency.eId, ctx.at('processingAgency.eId'), 'the agency e-ID'),
        Ten: agency.name,
      },
      ...receivingUnitToWire(dossier.receivingUnit, ctx.at('receivingUnit')),
      HinhThucTra: lookupWireCode(hinhThucTraCodes, dossier.returnMethod, ctx.at('returnMethod')),
      ThanhPhanHoSo: documents,
      LePhi: dossier.fees.map((fee, i) => feeToLePhi(fee, ctx.at('fees').at(i))),
      KetQua: dossier.results.map((result, i) => resultToKetQua(result, ctx.at('results').at(i))),
      DaThanhToanTrucTuyen: dossier.paidOnline ?? false,
      XacThucVNeID: dossier.vneidVerified ?? false,
    });
  },
});

export const oneStopDossierToOneStopCoverage = declareCoverage(OneStopHoSoSchema, {
  mapped: [
    'MaHoSo',
    'MaTTHC',
    'TenTTHC',
    'MaLinhVuc',
    'TenLinhVuc',
    'KenhThucHien',
    'MucDo',
    'ChuHoSo',
    'NguoiUyQuyen',
    'LoaiDoiTuong',
    'MaDoiTuong',
    'TrichYeu',
    'NgayNop',
    'NgayTiepNhan',
    'NgayHenTra',
    'NgayTra',
    'NgayKetThucXuLy',
    'TrangThaiHoSo',
    'DonViXuLy',
    'CapTiepNhan',
    'DonViTiepNhan',
    'HinhThucTra',
    'ThanhPhanHoSo[].Ma',
    'ThanhPhanHoSo[].Ten',
    'ThanhPhanHoSo[].MaGiayTo',
    'ThanhPhanHoSo[].SoBanChinh',
    'ThanhPhanHoSo[].SoBanSao',
    'ThanhPhanHoSo[].TrangThaiSoHoa',
    'ThanhPhanHoSo[].DuocLayTuKhoDMQuocGia',
    'ThanhPhanHoSo[].MaKetQuaThayThe',
    'ThanhPhanHoSo[].DinhKem',
    'LePhi',
    'KetQua',
    'DaThanhToanTrucTuyen',
    'XacThucVNeID',
  ],
  ignored: {},
});
