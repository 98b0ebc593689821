// Realistic one-stop payloads (synthetic people; H26 stands in for Hà Nội's unverified Hxx code).
import type { OneStopThuTuc } from './catalogue.ts';
import type { OneStopKetQuaPush, OneStopPhanHoiDVCQG, OneStopQuaTrinhXuLy } from './events.ts';
import type { OneStopHoSo } from './hoso.ts';

/** A birth registration received at a ward under the two-tier 2025-07 list, with an authorised submitter. */
export const oneStopHoSoExample: OneStopHoSo = {
  MaHoSo: '000.00.01.H26-250703-0012',
  MaTTHC: '1.001193.000.00.00.H26',
  TenTTHC: 'Thủ tục đăng ký khai sinh',
  MaLinhVuc: 'G09-TP01',
  TenLinhVuc: 'Hộ tịch',
  KenhThucHien: '2',
  MucDo: '4',
  ChuHoSo: {
    HoVaTen: 'Nguyễn Thị Thu Hương',
    SoGiayTo: '001190012345',
    LoaiGiayTo: 'CCCD',
    NgaySinh: '15/03/1990',
    GioiTinh: '2',
    TinhThanh: '01',
    PhuongXa: '00004',
    DiaChi: 'Số 12 ngõ 34 phố Đội Cấn, phường Ba Đình, thành phố Hà Nội',
    SoDienThoai: '0912345678',
    Email: 'huong.nguyen@example.vn',
  },
  NguoiUyQuyen: {
    HoVaTen: 'Trần Văn Đức',
    SoGiayTo: '001088004321',
    LoaiGiayTo: 'CCCD',
    NgaySinh: '02/11/1988',
    GioiTinh: '1',
    TinhThanh: '01',
    QuanHuyen: null,
    PhuongXa: '00004',
    DiaChi: 'Số 12 ngõ 34 phố Đội Cấn, phường Ba Đình, thành phố Hà Nội',
  },
  LoaiDoiTuong: '1',
  MaDoiTuong: '9c1e0d6a-52b4-4f0e-9a57-3f1c2b7d8e90',
  TrichYeu: 'Đăng ký khai sinh cho cháu Trần Minh Khôi, sinh ngày 20/06/2025',
  NgayNop: '2025-07-03T08:15:00+07:00',
  NgayTiepNhan: '2025-07-03T09:30:00+07:00',
  NgayHenTra: '2025-07-04T17:00:00+07:00',
  NgayTra: null,
  NgayKetThucXuLy: null,
  TrangThaiHoSo: '4',
  DonViXuLy: { MaDinhDanh: '000.00.01.H26', Ten: 'UBND phường Ba Đình' },
  CapTiepNhan: 'Xã/Phường',
  DonViTiepNhan: {
    MaDonViHanhChinh: '00004',
    TenDonViHanhChinh: 'Phường Ba Đình',
    PhienBanDanhMuc: '2025-07',
  },
  HinhThucTra: '0',
  ThanhPhanHoSo: [
    {
      Ma: 'TP01',
      Ten: 'Giấy chứng sinh',
      MaGiayTo: 'GT01',
      SoBanChinh: 1,
      SoBanSao: 0,
      TrangThaiSoHoa: '1',
      DuocLayTuKhoDMQuocGia: false,
      MaKetQuaThayThe: null,
      DinhKem: 'https://motcua.hanoi.gov.vn/files/2025/07/03/giay-chung-sinh.pdf',
    },
  ],
  LePhi: [
    {
      TenPhiLePhi: 'Lệ phí đăng ký khai sinh',
      MaPhiLePhi: 'LP01',
      SoTien: 0,
      TrangThai: 'Chưa thanh toán',
    },
  ],
  KetQua: [],
  DaThanhToanTrucTuyen: false,
  XacThucVNeID: true,
};

export const oneStopQuaTrinhXuLyExample: OneStopQuaTrinhXuLy = {
  Id: '5b0f7a8e-3c2d-4e1f-9a0b-7c6d5e4f3a21',
  MaHoSo: '000.00.01.H26-250703-0012',
  NguoiXuLy: 'Lê Thị Mai',
  ChucDanh: 'Công chức Tư pháp – Hộ tịch',
  PhongBan: 'Bộ phận Tư pháp',
  ThoiDiemXuLy: '2025-07-03T10:05:00+07:00',
  NoiDung: 'Chuyển lãnh đạo ký duyệt',
  TrangThai: '4',
  NgayBatDau: '2025-07-03T09:30:00+07:00',
  HanXuLy: '2025-07-04T17:00:00+07:00',
};

export const oneStopKetQuaPushExample: OneStopKetQuaPush = {
  MaHoSo: '000.00.01.H26-250703-0012',
  MaGiaoDich: '0197d2a4-6b1e-7c3f-8a2d-4e5f6a7b8c9d',
  HeThongNguon: 'health',
  TrangThaiHoSo: '9',
  NgayTra: '2025-07-04T15:20:00+07:00',
  NgayKetThucXuLy: '2025-07-04T15:00:00+07:00',
  KetQua: [
    {
      SoKyHieu: '125/2025/KS',
      NgayKy: '2025-07-04T14:45:00+07:00',
      CoQuanBanHanh: 'UBND phường Ba Đình',
      TenGiayTo: 'Giấy khai sinh',
      MaKetQua: 'KQ.G09-TP01.000001',
      DinhKem: 'https://motcua.hanoi.gov.vn/files/2025/07/04/giay-khai-sinh.pdf',
    },
  ],
  GhiChu: 'Kết quả liên thông từ hệ thống y tế',
};

export const oneStopPhanHoiDVCQGExample: OneStopPhanHoiDVCQG = {
  MaHoSo: '000.00.01.H26-250703-0012',
  MaGiaoDich: '0197d2a4-6b1e-7c3f-8a2d-4e5f6a7b8c9e',
  DichVu: 'DongBoHoSoMC',
  TrangThaiDongBoDVC: '1',
  MaLoi: '0',
  ThongBao: 'Đồng bộ hồ sơ thành công',
  ThoiDiem: '2025-07-03T09:31:12+07:00',
};

export const oneStopThuTucExample: OneStopThuTuc = {
  IDQG: '7f3c',
  MaTTHC: '1.001193.000.00.00.H26',
  TenTTHC: 'Thủ tục đăng ký khai sinh',
  GoiTinThuTucQG: null,
  LoaiTTHC: 'TTHC được luật giao quy định chi tiết',
  MaLinhVucChinh: 'G09-TP01',
  CoQuanThucHienChinh: 'Ủy ban nhân dân cấp xã',
  CapThucHien: 'Cấp Xã',
  MaKetQuaChinh: 'KQ.G09-TP01.000001',
  TenKetQuaChinh: 'Giấy khai sinh',
  ThoiGianGiaiQuyet: 'Ngay trong ngày tiếp nhận hồ sơ',
  QuyetDinhCongBo: '1872/QĐ-BTP',
  MucDo: '4',
  LienThong: true,
  ThuTucKhongCoKetQua: false,
};
