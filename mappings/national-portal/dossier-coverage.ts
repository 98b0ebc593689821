// Which DongBoHoSoMC fields the dossier mappings carry (both directions), and which they ignore and why.

/** Wire fields both dossier mappings write or read, leaf by leaf. */
export const PORTAL_DOSSIER_MAPPED_FIELDS = [
  'MaHoSo',
  'MaTTHC',
  'TenTTHC',
  'MaLinhVuc',
  'TenLinhVuc',
  'SoBienNhan',
  'KenhThucHien',
  'ChuHoSo',
  'SoGiayToChuHoSo',
  'LoaiDoiTuong',
  'MaDoiTuong',
  'ThongTinKhac',
  'Email',
  'Fax',
  'SoDienThoai',
  'TrichYeuHoSo',
  'NgayNopHoSo',
  'NgayTiepNhan',
  'NgayHenTra',
  'TrangThaiHoSo',
  'NgayTra',
  'ThongTinTra',
  'HinhThuc',
  'NgayKetThucXuLy',
  'NgayTuChoi',
  'DonViXuLy',
  'GhiChu',
  'HoSoCoThanhPhanSoHoa',
  'TaiKhoanDuocXacThucVoiVNeID',
  'DuocThanhToanTrucTuyen',
  'DinhDanhCHS[].LoaiDinhDanh',
  'DinhDanhCHS[].SoDinhDanh',
  'DSKetNoiCSDL[].MaCSDL',
  ...documentFields('TaiLieuNop'),
  ...feeFields('DanhSachLePhi'),
  'DanhSachTepDinhKemKhac[].TenGiayTo',
  'DanhSachTepDinhKemKhac[].SoLuong',
  'DanhSachTepDinhKemKhac[].LoaiGiayTo',
  'DanhSachHoSoBoSung[].HoSoBoSungId',
  'DanhSachHoSoBoSung[].NguoiYeuCauBoSung',
  'DanhSachHoSoBoSung[].NoiDungBoSung',
  'DanhSachHoSoBoSung[].NgayBoSung',
  'DanhSachHoSoBoSung[].NguoiTiepNhanBoSung',
  'DanhSachHoSoBoSung[].ThongTinTiepNhan',
  'DanhSachHoSoBoSung[].NgayTiepNhanBoSung',
  'DanhSachHoSoBoSung[].TrangThaiBoSung',
  ...documentFields('DanhSachHoSoBoSung[].DanhSachGiayToBoSung'),
  ...feeFields('DanhSachHoSoBoSung[].DanhSachLePhiBoSung'),
  'DanhSachHoSoBoSung[].NgayHenTraTruoc',
  'DanhSachHoSoBoSung[].NgayHenTraMoi',
  'DanhSachGiayToKetQua[].TenGiayTo',
  'DanhSachGiayToKetQua[].MaThanhPhanHoSo',
  'DanhSachGiayToKetQua[].GiayToId',
  'DanhSachGiayToKetQua[].DuongDanTepTinKetQua',
  'DanhSachGiayToKetQua[].MaGiayToKetQua',
];

/** Wire fields with no canonical home. */
export const PORTAL_DOSSIER_IGNORED_FIELDS: Readonly<Record<string, string>> = {
  NoiNopHoSo:
    'no canonical field and its meaning is unverified (TH always sends "2", [I] 2 = online); written as "" like any empty optional value, not read',
};

function documentFields(base: string): string[] {
  return [
    'TepDinhKemId',
    'TenTepDinhKem',
    'IsDeleted',
    'MaThanhPhanHoSo',
    'DuongDanTaiTepTin',
    'DuocSoHoa',
    'DuocTaiSuDung',
    'DuocLayTuKhoDMQG',
    'MaKetQuaThayThe',
  ].map((field) => `${base}[].${field}`);
}

function feeFields(base: string): string[] {
  return ['TenPhiLePhi', 'MaPhiLePhi', 'HinhThucThu', 'Gia', 'LoaiPhiLePhi'].map(
    (field) => `${base}[].${field}`,
  );
}

/**
 * Canonical Dossier fields the portal has no place for: lost on canonical → portal → canonical,
 * so the round trip compares on the projection without them (see round-trip-projection.ts).
 */
export const CANONICAL_DOSSIER_FIELDS_NOT_CARRIED: Readonly<Record<string, string>> = {
  substituteCode: 'only used to replace a foreign-province MaHoSo; not a field of its own',
  'procedure.localCode': 'DongBoHoSoMC has MaTTHC (national) only, no MATTHCDP',
  serviceLevel: 'DongBoHoSoMC has no MucDo',
  submitter: 'DongBoHoSoMC has no authorised-submitter fields',
  receivingUnit: 'no portal field; the reverse mapping resolves it from the MaHoSo agency e-ID',
  resultDigitized: 'local HoSo flag; no portal field',
  'processingAgency.code/eId/levelCode': 'DonViXuLy is a name only',
  'owner.*': 'only name, ID numbers, kind and TechID travel; addresses, birth date etc. do not',
  'owner.passportNumber': 'travels only as SoGiayToChuHoSo when there is no personal ID or CMND',
  'owner.techId': 'travels (MaDoiTuong) only for online dossiers',
  'documents[].paperCode/digitizedPaperCode/originalCount/copyCount': 'no TaiLieuNop fields',
  'documents[].name': 'TenTepDinhKem carries the file name when there is one, else the name',
  'fees[].paid': 'no DanhSachLePhi field',
  'results[].documentNumber/signedOn/issuingAgency/attachments': 'no DanhSachGiayToKetQua fields',
  'supplements[].deadlineAt': 'ThoiHanBoSung is local; no DanhSachHoSoBoSung field',
};
