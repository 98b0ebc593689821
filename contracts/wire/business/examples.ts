// A realistic GetEntCert answer (synthetic company and people) for tests, simulators and docs.
import type { BusinessResponse } from './ent-cert.ts';

export const businessResponseExample: BusinessResponse = {
  GetEntCert: [
    {
      MaNoiBo: '5123987',
      MaSoDoanhNghiep: '0109876543',
      SoGCNDKKD: '0109876543',
      MaLoaiHinhDN: '2',
      LoaiHinhDN: 'Công ty trách nhiệm hữu hạn hai thành viên trở lên',
      TenTiengViet: 'CÔNG TY TNHH CÔNG NGHỆ SỐ HỒNG HÀ',
      TenNuocNgoai: 'HONG HA DIGITAL TECHNOLOGY COMPANY LIMITED',
      TenVietTat: 'HONG HA DIGITAL CO., LTD',
      NgayDangKyLanDau: '2021-11-08T00:00:00',
      NgayDangKyThayDoi: '2024-05-20T00:00:00',
      SoLanDangKyThayDoi: 3,
      TinhTrangPhapLy: [
        {
          MaTinhTrangPhapLy: '1',
          TinhTrangPhapLy: 'Đang hoạt động',
          NgayBatDauTamNgung: null,
          NgayKetThucTamNgung: null,
          LyDoTamNgung: null,
        },
      ],
      DaiDienPhapLuat: [
        {
          ThongTinCaNhan: [
            {
              HoVaTen: 'Lê Hoàng Nam',
              LoaiGiayToChungThuc: 'Căn cước công dân',
              MaLoaiGiayToChungThuc: '1',
              SoGiayChungThuc: '001085009876',
              NgayCap: '2021-04-10T00:00:00',
              NoiCap: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
              QuocTich: 'Việt Nam',
              MaQuocTich: 'VN',
            },
          ],
        },
      ],
      DiaChiTruSo: [
        {
          DiaChi: [
            {
              QuocGia: 'Việt Nam',
              MaQuocGia: 'VN',
              TenTinhThanh: 'Thành phố Hà Nội',
              MaTinhThanh: 1,
              TenQuanHuyen: 'Quận Cầu Giấy',
              MaQuanHuyen: 5,
              TenPhuongXa: 'Phường Dịch Vọng Hậu',
              MaPhuongXa: 166,
              SoNha: 'Tầng 8, tòa nhà số 19 Duy Tân',
              DiaChi:
                'Tầng 8, tòa nhà số 19 Duy Tân, Phường Dịch Vọng Hậu, Quận Cầu Giấy, Thành phố Hà Nội',
            },
          ],
        },
      ],
      NganhNgheKinhDoanh: [
        { MaNganh: '6201', TenNganh: 'Lập trình máy vi tính', LaNganhChinh: 1 },
        {
          MaNganh: '6311',
          TenNganh: 'Xử lý dữ liệu, cho thuê và các hoạt động liên quan',
          LaNganhChinh: 0,
        },
      ],
    },
  ],
};
