// Realistic GiaoDucService messages (synthetic pupil) as JS objects ready for the `soap` client.
import type { EducationTiepNhanHoSoRequest, EducationTraCuuKetQuaResponse } from './messages.ts';

export const educationTiepNhanHoSoExample: EducationTiepNhanHoSoRequest = {
  HoSo: {
    MaHoSo: '000.00.01.H26-250703-0031',
    MaTTHC: '3.000181',
    TenTTHC: 'Tuyển sinh trung học phổ thông',
    MaLinhVuc: 'G03-GD10',
    ChuHoSo: { HoVaTen: 'Phạm Gia Bảo', SoDinhDanh: '001210012345', NgaySinh: '2010-05-04' },
    NgayTiepNhan: '2025-07-03T09:30:00+07:00',
    NgayHenTra: '2025-07-10T17:00:00+07:00',
    TrichYeu: 'Đăng ký dự tuyển vào lớp 10 Trường THPT Phan Đình Phùng',
    TaiLieu: [
      {
        Ten: 'Đơn đăng ký dự tuyển',
        DuongDan: 'https://motcua.hanoi.gov.vn/files/2025/07/03/don-du-tuyen.pdf',
      },
      {
        Ten: 'Học bạ trung học cơ sở',
        DuongDan: 'https://motcua.hanoi.gov.vn/files/2025/07/03/hoc-ba.pdf',
      },
    ],
  },
};

export const educationTraCuuKetQuaExample: EducationTraCuuKetQuaResponse = {
  TrangThaiHoSo: '10',
  NgayTra: '2025-07-10T10:00:00+07:00',
  KetQua: [
    {
      TenGiayTo: 'Giấy báo trúng tuyển lớp 10',
      SoKyHieu: '215/GBTT-PĐP',
      DuongDan: 'https://giaoduc.example.gov.vn/ket-qua/215-GBTT.pdf',
    },
  ],
};
