// Code tables only the one-stop wire uses: receiving level, sex, return method, portal service.
import type { AdminLevel, ReturnMethod, Sex } from '../../contracts/canonical/enums.ts';
import { defineCodeTable } from '../engine/code-table.ts';

/** CapTiepNhan, written out in Vietnamese on this wire. */
export const capTiepNhanCodes = defineCodeTable('CapTiepNhan', [
  ['Thành phố', 'city'],
  ['Quận/Huyện', 'district'],
  ['Xã/Phường', 'commune'],
] as const satisfies readonly (readonly [string, AdminLevel])[]);

/** GioiTinh "1" Nam, "2" Nữ, as in CSDL dân cư. */
export const gioiTinhCodes = defineCodeTable('GioiTinh', [
  ['1', 'male'],
  ['2', 'female'],
] as const satisfies readonly (readonly [string, Sex])[]);

/** HinhThucTra "0" at the desk, "1" by post. */
export const hinhThucTraCodes = defineCodeTable('HinhThucTra', [
  ['0', 'in_person'],
  ['1', 'postal'],
] as const satisfies readonly (readonly [string, ReturnMethod])[]);

/** The portal service a verdict is about. */
export type PortalSyncService = 'dossier' | 'progress';

export const dichVuCodes = defineCodeTable('DichVu', [
  ['DongBoHoSoMC', 'dossier'],
  ['CapNhatTienDoHoSoMC', 'progress'],
] as const satisfies readonly (readonly [string, PortalSyncService])[]);

/** LePhi.TrangThai: the only two states the one-stop writes. */
export const LE_PHI_DA_THANH_TOAN = 'Đã thanh toán' as const;
export const LE_PHI_CHUA_THANH_TOAN = 'Chưa thanh toán' as const;

/** Vietnamese labels of the statuses, used when a progress event arrives without NoiDung. */
export const TRANG_THAI_LABELS = {
  submitted: 'Mới đăng ký',
  received: 'Được tiếp nhận',
  rejected: 'Không được tiếp nhận',
  processing: 'Đang xử lý',
  awaiting_supplement: 'Yêu cầu bổ sung giấy tờ',
  awaiting_payment: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  withdrawn: 'Công dân yêu cầu rút hồ sơ',
  suspended: 'Dừng xử lý',
  resolved: 'Đã xử lý xong',
  returned: 'Đã trả kết quả',
} as const;
