// Canonical DossierEvent → CapNhatTienDoHoSoMC progress items, in batches of at most 10 per call.
import type { z } from 'zod';
import { type DossierEvent, DossierEventSchema } from '../../contracts/canonical/dossier-event.ts';
import {
  PORTAL_NGUOI_XU_LY_MAX,
  PORTAL_PROGRESS_CHUNK_MAX,
  type PortalProgressItem,
  PortalProgressItemSchema,
} from '../../contracts/wire/national-portal/progress.ts';
import { trangThaiHoSoCodes } from '../codes/dossier-status.ts';
import { lookupWireCode } from '../engine/code-table.ts';
import { createContext, type MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { type Draft, defineMapping } from '../engine/define-mapping.ts';
import type { MappingResult } from '../engine/issues.ts';
import { dateToPortal, textToPortal } from './wire-values.ts';

export const PROGRESS_TO_PORTAL_ID = 'national-portal.progress.to-portal';

/** What TH writes when the event names no officer (DOMAIN §1.3). */
export const DEFAULT_NGUOI_XU_LY = 'Chuyên viên';

function nguoiXuLy(name: string | undefined, ctx: MappingContext): string {
  if (name === undefined) {
    ctx.warn('progress.actor_defaulted', `no officer name; sent as "${DEFAULT_NGUOI_XU_LY}"`);
    return DEFAULT_NGUOI_XU_LY;
  }
  return textToPortal(name, ctx, { maxLength: PORTAL_NGUOI_XU_LY_MAX, personal: true });
}

function mapEvent(
  e: DossierEvent,
  ctx: MappingContext,
): Draft<z.input<typeof PortalProgressItemSchema>> {
  return {
    MaHoSo: e.dossierCode,
    NguoiXuLy: nguoiXuLy(e.actor.name, ctx.at('actor.name')),
    ChucDanh: textToPortal(e.actor.title, ctx.at('actor.title')),
    ThoiDiemXuLy: dateToPortal(e.at, ctx.at('at')),
    PhongBanXuLy: textToPortal(e.actor.department, ctx.at('actor.department')),
    NoiDungXuLy: textToPortal(e.content, ctx.at('content')),
    TrangThai: lookupWireCode(trangThaiHoSoCodes, e.status, ctx.at('status')),
    NgayBatDau: dateToPortal(e.startedAt, ctx.at('startedAt')),
    NgayKetThucTheoQuyDinh: dateToPortal(e.dueAt, ctx.at('dueAt')),
  };
}

/** One event → one progress item; issues at canonical paths (`actor.name`, `at`). */
export const progressToPortal = defineMapping({
  id: PROGRESS_TO_PORTAL_ID,
  version: 1,
  from: DossierEventSchema,
  to: PortalProgressItemSchema,
  map: mapEvent,
});

/**
 * Events → CapNhatTienDoHoSoMC `data` batches of at most 10, in the given order (the order a
 * dossier's events were accepted in is the order the portal must see). All or nothing: dropping
 * one bad event and sending the later ones would reorder a dossier's history, so any error fails
 * the whole call, with paths `[i].field` naming the event.
 */
export function progressBatches(events: readonly unknown[]): MappingResult<PortalProgressItem[][]> {
  const ctx = createContext();
  const items: PortalProgressItem[] = [];
  events.forEach((event, i) => {
    const item = ctx.at(i).absorb(progressToPortal.run(event));
    if (item !== undefined) items.push(item);
  });
  const batches: PortalProgressItem[][] = [];
  for (let i = 0; i < items.length; i += PORTAL_PROGRESS_CHUNK_MAX) {
    batches.push(items.slice(i, i + PORTAL_PROGRESS_CHUNK_MAX));
  }
  return ctx.toResult(batches);
}

export const progressToPortalCoverage = declareCoverage(PortalProgressItemSchema, {
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
