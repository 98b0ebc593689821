// Field coverage of the health submission envelope and of the hoTich record inside its `data` string.
import { HealthKhaiSinhDataSchema } from '../../contracts/wire/health/birth.ts';
import { HealthSubmissionSchema } from '../../contracts/wire/health/submission.ts';
import { declareCoverage } from '../engine/coverage.ts';

const ADDRESSES = ['nksNoiSinh', 'nksQueQuan', 'meNoiCuTru', 'chaNoiCuTru'];

export const healthSubmissionCoverage = declareCoverage(HealthSubmissionSchema, {
  mapped: [
    'maDonVi',
    'maTTHC',
    'module',
    'maHoSo',
    'ngayTiepNhan',
    'techId',
    'data',
    'fileDinhKem[].id',
    'fileDinhKem[].loaiGiayTo',
    'fileDinhKem[].tenGiayTo',
    'fileDinhKem[].tenTepDinhKem',
    'fileDinhKem[].huyGiayTo',
    'fileDinhKem[].duLieuTepDinhKem',
  ],
  ignored: {},
});

export const healthKhaiSinhCoverage = declareCoverage(HealthKhaiSinhDataSchema, {
  mapped: [
    'maGCS',
    'ngayCapGCS',
    'loaiDangKy',
    'noiDangKy',
    'soLuongBanSao',
    'nksHoTen',
    'nksGioiTinh',
    'nksNgaySinh',
    'nksNgaySinhBangChu',
    ...ADDRESSES,
    'nksDanToc',
    'nksQuocTich',
    'meHoTen',
    'meNgaySinh',
    'meDanToc',
    'meQuocTich',
    'meLoaiGiayToTuyThan',
    'meSoGiayToTuyThan',
    'chaHoTen',
    'chaNgaySinh',
    'chaDanToc',
    'chaQuocTich',
    'chaLoaiGiayToTuyThan',
    'chaSoGiayToTuyThan',
    'nycHoTen',
    'nycQuanHe',
    'nycLoaiGiayToTuyThan',
    'nycSoGiayToTuyThan',
    'nycSoDienThoai',
    'nycEmail',
  ].map((field) => `hoTich.${field}`),
  ignored: {},
});
