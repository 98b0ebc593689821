// The dossier dates of a portal dossier: yyyyMMddHHmmss (Vietnam time) → ISO instants at +07:00.
import type { DossierDates } from '../../contracts/canonical/dossier.ts';
import type { PortalDossier } from '../../contracts/wire/national-portal/dossier.ts';
import type { MappingContext } from '../engine/context.ts';
import type { Draft } from '../engine/define-mapping.ts';
import { compact, dateFromPortal } from './wire-values.ts';

/**
 * NgayNopHoSo is optional on the wire but `submittedAt` is required in the canonical model, while
 * the wire's required NgayTiepNhan is optional there. A dossier without NgayNopHoSo (in person,
 * from OCPS) was submitted when the desk received it: submittedAt = NgayTiepNhan, with a warning.
 */
export function portalDates(p: PortalDossier, ctx: MappingContext): Draft<DossierDates> {
  const receivedAt = dateFromPortal(p.NgayTiepNhan, ctx.at('NgayTiepNhan'));
  let submittedAt = dateFromPortal(p.NgayNopHoSo, ctx.at('NgayNopHoSo'));
  if ((p.NgayNopHoSo ?? '') === '' && receivedAt !== undefined) {
    ctx
      .at('NgayNopHoSo')
      .warn('dates.submitted_at_from_received', 'no NgayNopHoSo; taken as NgayTiepNhan');
    submittedAt = receivedAt;
  }
  return compact({
    submittedAt,
    receivedAt,
    dueAt: dateFromPortal(p.NgayHenTra, ctx.at('NgayHenTra')),
    returnedAt: dateFromPortal(p.NgayTra, ctx.at('NgayTra')),
    finishedAt: dateFromPortal(p.NgayKetThucXuLy, ctx.at('NgayKetThucXuLy')),
    rejectedAt: dateFromPortal(p.NgayTuChoi, ctx.at('NgayTuChoi')),
  });
}
