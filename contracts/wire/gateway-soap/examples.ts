// Realistic LienThongExchange messages (synthetic dossier) as JS objects ready for the `soap` client.
import type { ExchangeCapNhatKetQuaRequest, ExchangeCapNhatTrangThaiRequest } from './messages.ts';

export const exchangeCapNhatKetQuaExample: ExchangeCapNhatKetQuaRequest = {
  MaHoSo: '000.00.01.H26-250703-0031',
  MaTTHC: '3.000181',
  TrangThaiHoSo: '10',
  NgayTra: '2025-07-10T10:00:00+07:00',
  KetQua: [
    {
      TenGiayTo: 'Giấy báo trúng tuyển lớp 10',
      MaGiayToKetQua: 'KQ.G03-GD10.000001',
      SoKyHieu: '215/GBTT-PĐP',
      DuongDan: 'https://giaoduc.example.gov.vn/ket-qua/215-GBTT.pdf',
    },
  ],
};

export const exchangeCapNhatTrangThaiExample: ExchangeCapNhatTrangThaiRequest = {
  MaHoSo: '000.00.01.H26-250703-0031',
  TrangThai: '4',
  NoiDung: 'Hội đồng tuyển sinh đang xét hồ sơ',
  ThoiDiemXuLy: '2025-07-05T14:20:00+07:00',
  NguoiXuLy: 'Hoàng Minh Tuấn',
};
