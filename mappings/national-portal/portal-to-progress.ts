// A CapNhatTienDoHoSoMC progress item → canonical DossierEvent.
import type { z } from 'zod';
import { DossierEventSchema } from '../../contracts/canonical/dossier-event.ts';
import type { DossierStatus } from '../../contracts/canonical/enums.ts';
import { validateDossierCode } from '../../contracts/validators/dossier-code.ts';
import {
  type PortalProgressItem,
  PortalProgressItemSchema,
} from '../../contracts/wire/national-portal/progress.ts';
import { trangThaiHoSoCodes } from '../codes/dossier-status.ts';
import { lookupCode } from '../engine/code-table.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { type Draft, defineMapping } from '../engine/define-mapping.ts';
import { validated } from '../engine/transforms/validated.ts';
import { compact, dateFromPortal, textFromPortal } from './wire-values.ts';

export const PORTAL_TO_PROGRESS_ID = 'national-portal.progress.to-canonical';

/** The DVCQG status names (DOMAIN §2), used when an item has no NoiDungXuLy. */
export const DOSSIER_STATUS_LABELS: Readonly<Record<DossierStatus, string>> = {
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
};

function dossierCode(value: string, ctx: MappingContext): string | undefined {
  return validated(value, validateDossierCode, ctx);
}

/**
 * NoiDungXuLy is optional on the wire (TH sends "") but `content` is required in the canonical
 * model: an empty one becomes the name of the status the event leads to, with a warning.
 */
function content(
  value: string | undefined,
  status: DossierStatus | undefined,
  ctx: MappingContext,
): string | undefined {
  const text = textFromPortal(value, ctx);
  if (text !== undefined || status === undefined) return text;
  ctx.warn('progress.content_defaulted', 'no NoiDungXuLy; the status name is used');
  return DOSSIER_STATUS_LABELS[status];
}

function mapItem(
  p: PortalProgressItem,
  ctx: MappingContext,
): Draft<z.input<typeof DossierEventSchema>> {
  const status = lookupCode(trangThaiHoSoCodes, p.TrangThai, ctx.at('TrangThai'));
  return compact({
    dossierCode: dossierCode(p.MaHoSo, ctx.at('MaHoSo')),
    actor: compact({
      name: textFromPortal(p.NguoiXuLy, ctx.at('NguoiXuLy'), { personal: true }),
      title: textFromPortal(p.ChucDanh, ctx.at('ChucDanh')),
      department: textFromPortal(p.PhongBanXuLy, ctx.at('PhongBanXuLy')),
    }),
    at: dateFromPortal(p.ThoiDiemXuLy, ctx.at('ThoiDiemXuLy')),
    content: content(p.NoiDungXuLy, status, ctx.at('NoiDungXuLy')),
    status,
    startedAt: dateFromPortal(p.NgayBatDau, ctx.at('NgayBatDau')),
    dueAt: dateFromPortal(p.NgayKetThucTheoQuyDinh, ctx.at('NgayKetThucTheoQuyDinh')),
  });
}

/** One progress item → one event; issues at wire paths. `sequence` has no portal field. */
export const portalToProgress = defineMapping({
  id: PORTAL_TO_PROGRESS_ID,
  version: 1,
  from: PortalProgressItemSchema,
  to: DossierEventSchema,
  map: mapItem,
});

export const portalToProgressCoverage = declareCoverage(PortalProgressItemSchema, {
  mapped: [
    'MaHoSo',
    'NguoiXuLy',
    'ChucDanh',
    'ThoiDiemXuLy',
    'PhongBanXuLy',
    'NoiDungXuLy',
    'TrangThai',
    'NgayBatDau',
    'NgayKetThucTheoQuyDinh',
  ],
  ignored: {},
});
