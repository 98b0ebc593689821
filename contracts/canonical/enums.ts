// Canonical code enums shared by every mapping: the one vocabulary that wire codes translate to.
import { z } from 'zod';

/** Dossier status; the portal's TrangThaiHoSo 1–10 maps one-to-one (DOMAIN.md §2). */
export const DossierStatus = z.enum([
  'submitted', // 1 Mới đăng ký
  'received', // 2 Được tiếp nhận
  'rejected', // 3 Không được tiếp nhận
  'processing', // 4 Đang xử lý
  'awaiting_supplement', // 5 Yêu cầu bổ sung giấy tờ
  'awaiting_payment', // 6 Yêu cầu thực hiện nghĩa vụ tài chính
  'withdrawn', // 7 Công dân yêu cầu rút hồ sơ
  'suspended', // 8 Dừng xử lý
  'resolved', // 9 Đã xử lý xong
  'returned', // 10 Đã trả kết quả
]);
export type DossierStatus = z.infer<typeof DossierStatus>;

/** KenhThucHien: 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích. */
export const Channel = z.enum(['in_person', 'online', 'postal']);
export type Channel = z.infer<typeof Channel>;

/** LoaiDoiTuong: 1 Công dân, 2 Doanh nghiệp, 3 Cơ quan nhà nước, 4 Tổ chức/Khác. */
export const ApplicantKind = z.enum([
  'citizen',
  'enterprise',
  'state_agency',
  'other_organization',
]);
export type ApplicantKind = z.infer<typeof ApplicantKind>;

/** MucDo: "2" information-level DVC, "3" một phần (partial), "4" toàn trình (full). */
export const ServiceLevel = z.enum(['information', 'partial', 'full']);
export type ServiceLevel = z.infer<typeof ServiceLevel>;

/** TrangThaiSoHoa: 0 Chưa số hóa, 1 Được số hóa, 2 Tái sử dụng, 3 Tái sử dụng từ kết quả khác. */
export const DigitizationState = z.enum([
  'not_digitized',
  'digitized',
  'reused',
  'reused_from_other_result',
]);
export type DigitizationState = z.infer<typeof DigitizationState>;

/** LoaiDinhDanh: "1" 12-digit personal ID (CCCD), "2" legacy 9-digit CMND. */
export const IdentityDocumentKind = z.enum(['personal_id', 'legacy_id']);
export type IdentityDocumentKind = z.infer<typeof IdentityDocumentKind>;

/**
 * Versions of the Hanoi administrative-unit list. A code means nothing without its version:
 * 103 of the 126 post-2025 commune codes named another commune before.
 * - `2020-2024`: three tiers, GSO snapshots 01/03/2020–01/11/2024 (579 communes)
 * - `2025-01`:  three tiers, valid 01/01/2025–30/06/2025 (526 communes)
 * - `2025-07`:  two tiers (province → commune) from 01/07/2025 (126 communes)
 */
export const AdminListVersion = z.enum(['2020-2024', '2025-01', '2025-07']);
export type AdminListVersion = z.infer<typeof AdminListVersion>;

export const Sex = z.enum(['male', 'female']);
export type Sex = z.infer<typeof Sex>;

/** Tier of the administrative unit a dossier was received at (district exists only before 07/2025). */
export const AdminLevel = z.enum(['city', 'district', 'commune']);
export type AdminLevel = z.infer<typeof AdminLevel>;

/** ThongTinTra/HinhThuc: how the result goes back — "0" at the desk (default), "1" by post [I]. */
export const ReturnMethod = z.enum(['in_person', 'postal']);
export type ReturnMethod = z.infer<typeof ReturnMethod>;
