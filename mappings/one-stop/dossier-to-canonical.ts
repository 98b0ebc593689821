// one-stop HoSo → canonical Dossier: what the city one-stop submits, in the gateway's vocabulary.
import { type Dossier, DossierSchema } from '../../contracts/canonical/dossier.ts';
import { validateAgencyEId } from '../../contracts/validators/agency-eid.ts';
import { validateDossierCode } from '../../contracts/validators/dossier-code.ts';
import { OneStopHoSoSchema } from '../../contracts/wire/one-stop/hoso.ts';
import { loaiDoiTuongCodes } from '../codes/applicant-kind.ts';
import { kenhThucHienCodes } from '../codes/channel.ts';
import { trangThaiHoSoCodes } from '../codes/dossier-status.ts';
import { mucDoCodes } from '../codes/service-level.ts';
import { lookupCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { defineMapping } from '../engine/define-mapping.ts';
import { validated } from '../engine/transforms/validated.ts';
import { nguoiToApplicant } from './applicant-from-nguoi.ts';
import { hinhThucTraCodes } from './codes.ts';
import { ketQuaToResult, lePhiToFee, thanhPhanToDocument } from './dossier-part-fields.ts';
import { mapped, optionalCode, present, prune, requiredText, toVietnamInstant } from './fields.ts';
import { procedureRefToCanonical } from './procedure-code.ts';
import { receivingUnitToCanonical } from './receiving-unit-fields.ts';

export const oneStopDossierToCanonical = defineMapping({
  id: 'one-stop.dossier.to-canonical',
  version: 1,
  from: OneStopHoSoSchema,
  to: DossierSchema,
  // Every submitted dossier runs this: its output is checked against DossierSchema by the
  // golden tests and the 1,000-run round trip (dossier-to-one-stop.test.ts), not per request.
  verifyOutput: false,
  map: (hoSo, ctx) => {
    const version = hoSo.DonViTiepNhan.PhienBanDanhMuc;
    const kind = lookupCode(loaiDoiTuongCodes, hoSo.LoaiDoiTuong, ctx.at('LoaiDoiTuong'), {
      required: true,
    });
    const techId = optionalCode(hoSo.MaDoiTuong, ctx.at('MaDoiTuong'));
    const owner = kind && nguoiToApplicant(hoSo.ChuHoSo, kind, version, ctx.at('ChuHoSo'), techId);
    const submitter = hoSo.NguoiUyQuyen
      ? nguoiToApplicant(hoSo.NguoiUyQuyen, undefined, version, ctx.at('NguoiUyQuyen'))
      : undefined;
    const receivedAt = toVietnamInstant(hoSo.NgayTiepNhan, ctx.at('NgayTiepNhan'));
    const submittedAt = hoSo.NgayNop
      ? toVietnamInstant(hoSo.NgayNop, ctx.at('NgayNop'))
      : submittedAtFromReceipt(receivedAt, ctx);
    const documents = mapped(
      hoSo.ThanhPhanHoSo.map((item, i) => thanhPhanToDocument(item, ctx.at('ThanhPhanHoSo').at(i))),
    );
    const dossier = {
      code: validated(hoSo.MaHoSo, validateDossierCode, ctx.at('MaHoSo')),
      procedure: procedureRefToCanonical(hoSo.MaTTHC, hoSo.TenTTHC, ctx),
      sector: sectorOf(hoSo.MaLinhVuc, hoSo.TenLinhVuc, ctx),
      channel: lookupCode(kenhThucHienCodes, hoSo.KenhThucHien, ctx.at('KenhThucHien')),
      serviceLevel: lookupCode(mucDoCodes, hoSo.MucDo, ctx.at('MucDo')),
      owner,
      submitter,
      summary: requiredText(hoSo.TrichYeu, ctx.at('TrichYeu')),
      dates: present({
        submittedAt,
        receivedAt,
        dueAt: toVietnamInstant(hoSo.NgayHenTra, ctx.at('NgayHenTra')),
        returnedAt: toVietnamInstant(hoSo.NgayTra, ctx.at('NgayTra')),
        finishedAt: toVietnamInstant(hoSo.NgayKetThucXuLy, ctx.at('NgayKetThucXuLy')),
      }),
      status: lookupCode(trangThaiHoSoCodes, hoSo.TrangThaiHoSo, ctx.at('TrangThaiHoSo')),
      processingAgency: {
        eId: validated(
          hoSo.DonViXuLy.MaDinhDanh,
          validateAgencyEId,
          ctx.at('DonViXuLy.MaDinhDanh'),
        ),
        name: requiredText(hoSo.DonViXuLy.Ten, ctx.at('DonViXuLy.Ten')),
      },
      receivingUnit: receivingUnitToCanonical(hoSo.CapTiepNhan, hoSo.DonViTiepNhan, ctx),
      documents,
      fees: mapped(hoSo.LePhi.map((item, i) => lePhiToFee(item, ctx.at('LePhi').at(i)))),
      results: mapped(hoSo.KetQua.map((item, i) => ketQuaToResult(item, ctx.at('KetQua').at(i)))),
      supplements: [],
      returnMethod: lookupCode(hinhThucTraCodes, hoSo.HinhThucTra, ctx.at('HinhThucTra')),
      hasDigitizedComponents: documents.some((d) => d.digitizationState !== 'not_digitized'),
      vneidVerified: hoSo.XacThucVNeID,
      paidOnline: hoSo.DaThanhToanTrucTuyen,
    } satisfies Partial<Record<keyof Dossier, unknown>>;
    return prune(dossier);
  },
});

/** At the desk, submission and receipt are one act: a HoSo without NgayNop was submitted when received. */
function submittedAtFromReceipt(receivedAt: string | undefined, ctx: MappingContext) {
  if (receivedAt !== undefined) {
    ctx.at('NgayNop').warn('dossier.submitted_at_from_received', 'no NgayNop; NgayTiepNhan used');
  }
  return receivedAt;
}

function sectorOf(code: string, name: string, ctx: MappingContext) {
  const sectorCode = optionalCode(code, ctx.at('MaLinhVuc'));
  const sectorName = requiredText(name, ctx.at('TenLinhVuc'));
  if (sectorCode === undefined)
    return ctx.at('MaLinhVuc').error('value.required', 'a sector code is required');
  return sectorName === undefined ? undefined : { code: sectorCode, name: sectorName };
}

export const oneStopDossierToCanonicalCoverage = declareCoverage(OneStopHoSoSchema, {
  mapped: [
    'MaHoSo',
    'MaTTHC',
    'TenTTHC',
    'MaLinhVuc',
    'TenLinhVuc',
    'KenhThucHien',
    'MucDo',
    'ChuHoSo.HoVaTen',
    'ChuHoSo.SoGiayTo',
    'ChuHoSo.LoaiGiayTo',
    'ChuHoSo.NgaySinh',
    'ChuHoSo.GioiTinh',
    'ChuHoSo.TinhThanh',
    'ChuHoSo.QuanHuyen',
    'ChuHoSo.PhuongXa',
    'ChuHoSo.DiaChi',
    'ChuHoSo.SoDienThoai',
    'ChuHoSo.Email',
    'NguoiUyQuyen.HoVaTen',
    'NguoiUyQuyen.SoGiayTo',
    'NguoiUyQuyen.LoaiGiayTo',
    'NguoiUyQuyen.NgaySinh',
    'NguoiUyQuyen.GioiTinh',
    'NguoiUyQuyen.TinhThanh',
    'NguoiUyQuyen.QuanHuyen',
    'NguoiUyQuyen.PhuongXa',
    'NguoiUyQuyen.DiaChi',
    'NguoiUyQuyen.SoDienThoai',
    'NguoiUyQuyen.Email',
    'LoaiDoiTuong',
    'MaDoiTuong',
    'TrichYeu',
    'NgayNop',
    'NgayTiepNhan',
    'NgayHenTra',
    'NgayTra',
    'NgayKetThucXuLy',
    'TrangThaiHoSo',
    'DonViXuLy.MaDinhDanh',
    'DonViXuLy.Ten',
    'CapTiepNhan',
    'DonViTiepNhan.MaDonViHanhChinh',
    'DonViTiepNhan.TenDonViHanhChinh',
    'DonViTiepNhan.PhienBanDanhMuc',
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
    'LePhi[].TenPhiLePhi',
    'LePhi[].MaPhiLePhi',
    'LePhi[].SoTien',
    'LePhi[].TrangThai',
    'LePhi[].HinhThucThu',
    'KetQua[].SoKyHieu',
    'KetQua[].NgayKy',
    'KetQua[].CoQuanBanHanh',
    'KetQua[].TenGiayTo',
    'KetQua[].MaKetQua',
    'KetQua[].DinhKem',
    'DaThanhToanTrucTuyen',
    'XacThucVNeID',
  ],
  ignored: {},
});
