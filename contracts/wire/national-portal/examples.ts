// Realistic national portal payloads (synthetic people) for tests, simulators and docs.
import type { PortalProcedure } from './catalogue.ts';
import type { PortalDossier } from './dossier.ts';
import type { PortalProgressItem } from './progress.ts';

/** A birth-registration dossier received online at a Hà Nội ward, as DongBoHoSoMC expects it. */
export const portalDossierExample: PortalDossier = {
  MaHoSo: '000.00.01.H26-250703-0012',
  MaTTHC: '1.001193',
  TenTTHC: 'Thủ tục đăng ký khai sinh',
  MaLinhVuc: 'G09-TP01',
  TenLinhVuc: 'Hộ tịch',
  SoBienNhan: '',
  KenhThucHien: '2',
  ChuHoSo: 'Nguyễn Thị Thu Hương',
  SoGiayToChuHoSo: '001190012345',
  LoaiDoiTuong: '1',
  MaDoiTuong: '9c1e0d6a-52b4-4f0e-9a57-3f1c2b7d8e90',
  ThongTinKhac: '',
  Email: 'huong.nguyen@example.vn',
  Fax: '',
  SoDienThoai: '0912345678',
  TrichYeuHoSo:
    'Đăng ký khai sinh cho cháu Trần Minh Khôi, sinh ngày 20/06/2025 tại Bệnh viện Phụ sản Hà Nội',
  NgayNopHoSo: '20250703081500',
  NgayTiepNhan: '20250703093000',
  NgayHenTra: '20250704170000',
  TrangThaiHoSo: '4',
  NgayTra: '',
  ThongTinTra: '',
  HinhThuc: '0',
  NgayKetThucXuLy: '',
  NgayTuChoi: '',
  DonViXuLy: 'UBND phường Ba Đình',
  GhiChu: '',
  NoiNopHoSo: '2',
  HoSoCoThanhPhanSoHoa: '1',
  TaiKhoanDuocXacThucVoiVNeID: '1',
  DuocThanhToanTrucTuyen: '3',
  DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '001190012345' }],
  DSKetNoiCSDL: [{ MaCSDL: '7' }],
  TaiLieuNop: [
    {
      TepDinhKemId: 'a3f1c9e2-7b5d-4c1e-8f2a-1d0e9b8c7a65',
      TenTepDinhKem: 'Giấy chứng sinh.pdf',
      IsDeleted: 'False',
      MaThanhPhanHoSo: 'TP01',
      DuongDanTaiTepTin: 'https://motcua.hanoi.gov.vn/files/2025/07/03/giay-chung-sinh.pdf',
      DuocSoHoa: '1',
      DuocTaiSuDung: '0',
      DuocLayTuKhoDMQG: '0',
      MaKetQuaThayThe: '',
    },
  ],
  DanhSachLePhi: [
    {
      TenPhiLePhi: 'Lệ phí đăng ký khai sinh',
      MaPhiLePhi: '1',
      HinhThucThu: '1',
      Gia: '0',
      LoaiPhiLePhi: '1',
    },
  ],
  DanhSachTepDinhKemKhac: [
    { TenGiayTo: 'Tờ khai đăng ký khai sinh (bản giấy)', SoLuong: '1', LoaiGiayTo: '1' },
  ],
  DanhSachHoSoBoSung: [],
  DanhSachGiayToKetQua: [
    {
      TenGiayTo: 'Giấy khai sinh (bản chính)',
      MaThanhPhanHoSo: '',
      GiayToId: '',
      DuongDanTepTinKetQua: 'https://motcua.hanoi.gov.vn/files/2025/07/04/giay-khai-sinh.pdf',
      MaGiayToKetQua: 'KQ.G09-TP01.000001',
    },
  ],
};

/** The synthesised first event TH sends for every dossier ([V] TH, DOMAIN §1.3). */
export const portalProgressExample: PortalProgressItem = {
  MaHoSo: '000.00.01.H26-250703-0012',
  NguoiXuLy: 'Cán bộ một cửa',
  ChucDanh: 'Công chức Tư pháp – Hộ tịch',
  ThoiDiemXuLy: '20250703093000',
  PhongBanXuLy: 'Bộ phận Một cửa',
  NoiDungXuLy: 'Tiếp nhận hồ sơ',
  TrangThai: '2',
  NgayBatDau: '20250703093000',
  NgayKetThucTheoQuyDinh: '20250704170000',
};

/** A published procedure as LayThuTuc returns it. */
export const portalProcedureExample: PortalProcedure = {
  MATTHC: '1.001193',
  TENTTHC: 'Thủ tục đăng ký khai sinh',
  MATTHCDP: '1.001193.000.00.00.H26',
  LINHVUCTHUCHIEN: [{ MALINHVUC: 'G09-TP01', TENLINHVUC: 'Hộ tịch' }],
  TRINHTUTHUCHIEN: [
    {
      TRUONGHOP: 'Đăng ký khai sinh đúng hạn',
      TRINHTU: [
        { TENTRINHTU: 'Nộp hồ sơ' },
        { TENTRINHTU: 'Công chức tư pháp – hộ tịch kiểm tra' },
      ],
    },
  ],
  CACHTHUCTHUCHIEN: [
    {
      KENH: '2',
      THOIGIAN: [
        {
          THOIGIANGIAIQUYET: 1,
          DONVITINH: 'Ngày làm việc',
          MOTA: 'Ngay trong ngày tiếp nhận',
          PHILEPHI: [
            { MAPHILEPHI: 'LP01', SOTIEN: 0, DONVI: 'Đồng', MOTA: 'Miễn lệ phí đúng hạn' },
          ],
        },
      ],
    },
  ],
  THANHPHANHOSO: [
    {
      GIAYTO: [
        {
          MAGIAYTO: 'GT01',
          TENGIAYTO: 'Tờ khai đăng ký khai sinh',
          TENMAUDON: 'Mẫu tờ khai đăng ký khai sinh',
          URL: 'https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=3fe7',
        },
      ],
    },
  ],
  DOITUONGTHUCHIEN: [{ TENDOITUONG: 'Công dân Việt Nam' }],
  YEUCAU: 'Không',
  MOTADOITUONGTHUCHIEN: '',
  KETQUATHUCHIEN: [{ MAKETQUA: 'KQ.G09-TP01.000001', TENKETQUA: 'Giấy khai sinh' }],
  CANCUPHAPLY: [{ SOVANBAN: '60/2014/QH13', TENVANBAN: 'Luật Hộ tịch' }],
  COQUANTHUCHIEN: [{ MADONVI: '000.00.01.H26', TENDONVI: 'UBND phường Ba Đình' }],
  TRANGTHAI: 1,
};
