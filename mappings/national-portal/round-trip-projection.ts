// The portal-representable projection of canonical records: what canonical → portal → canonical must give back.
import type { LeveledAdminUnit } from '../../contracts/canonical/admin-unit-ref.ts';
import type { Applicant } from '../../contracts/canonical/applicant.ts';
import type { Document } from '../../contracts/canonical/document.ts';
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import type { DossierEvent } from '../../contracts/canonical/dossier-event.ts';
import type { Fee } from '../../contracts/canonical/fee.ts';
import type { Supplement } from '../../contracts/canonical/supplement.ts';
import { compact } from './wire-values.ts';

// Written without the mappings' transforms (plain String/Date code), so the round trips test them.
const pad = (n: number) => String(n).padStart(2, '0');

/** NFC and trimmed; "" becomes undefined. */
function text(value: string | undefined, maxLength?: number): string | undefined {
  if (value === undefined) return undefined;
  let t = value.normalize('NFC').trim();
  if (maxLength !== undefined) t = Array.from(t).slice(0, maxLength).join('').trim();
  return t === '' ? undefined : t;
}

/** The instant at +07:00, whole seconds (the portal format has no fraction and no zone). */
function vietnamTime(iso: string | undefined): string | undefined {
  if (iso === undefined) return undefined;
  const ms = Math.floor(Date.parse(iso) / 1000) * 1000;
  const d = new Date(ms + 7 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+07:00`;
}

/** Name, ID numbers, kind; the passport only without a personal ID or CMND; TechID only online. */
function owner(o: Applicant, online: boolean): Applicant {
  const techId = online ? o.techId : undefined;
  if (o.kind !== 'citizen') {
    return compact({ kind: o.kind, name: text(o.name)!, enterpriseCode: o.enterpriseCode, techId });
  }
  const hasId = o.personalId !== undefined || o.legacyId !== undefined;
  return compact({
    kind: o.kind,
    fullName: text(o.fullName)!,
    personalId: o.personalId,
    legacyId: o.legacyId,
    passportNumber: hasId ? undefined : o.passportNumber,
    techId,
  });
}

/** TenTepDinhKem carries the file name, else the name; it comes back as both. */
function document(d: Document): Document {
  const name = text(d.fileName ?? d.name)!;
  return compact({
    name,
    fileName: name,
    fileId: d.fileId,
    componentCode: d.componentCode,
    downloadUrl: d.downloadUrl,
    deleted: d.deleted,
    digitizationState: d.digitizationState,
    fromNationalStore: d.fromNationalStore,
    replacingResultCode: d.replacingResultCode,
  });
}

function fee(f: Fee): Fee {
  return compact({
    name: text(f.name)!,
    code: f.code,
    amount: f.amount,
    kindCode: f.kindCode,
    collectionMethodCode: f.collectionMethodCode,
  });
}

function supplement(s: Supplement): Supplement {
  return compact({
    id: s.id,
    requestedBy: text(s.requestedBy),
    content: text(s.content)!,
    requestedAt: vietnamTime(s.requestedAt)!,
    receivedBy: text(s.receivedBy),
    receiptInfo: text(s.receiptInfo),
    receivedAt: vietnamTime(s.receivedAt),
    statusCode: s.statusCode,
    documents: s.documents.map(document),
    fees: s.fees.map(fee),
    previousDueAt: vietnamTime(s.previousDueAt),
    newDueAt: vietnamTime(s.newDueAt),
  });
}

const nonEmpty = <T>(items: readonly T[] | undefined): T[] | undefined =>
  items && items.length > 0 ? [...items] : undefined;

/**
 * The dossier as the portal can hold it (see CANONICAL_DOSSIER_FIELDS_NOT_CARRIED): fields with
 * no portal home dropped, text NFC-trimmed, TrichYeuHoSo cut to 1000, instants at +07:00 to the
 * second, and the receiving unit the reverse mapping resolves from the code.
 */
export function projectDossier(d: Dossier, receivingUnit: LeveledAdminUnit): Dossier {
  const contact = compact({
    email: d.contact?.email,
    phone: d.contact?.phone,
    fax: text(d.contact?.fax),
    other: text(d.contact?.other),
  });
  return compact({
    code: d.code,
    procedure: { code: d.procedure.code, name: text(d.procedure.name)! },
    sector: d.sector && { code: d.sector.code, name: text(d.sector.name)! },
    receiptNumber: d.receiptNumber,
    channel: d.channel,
    owner: owner(d.owner, d.channel === 'online'),
    contact: Object.keys(contact).length > 0 ? contact : undefined,
    summary: text(d.summary, 1000),
    dates: compact({
      submittedAt: vietnamTime(d.dates.submittedAt)!,
      receivedAt: vietnamTime(d.dates.receivedAt),
      dueAt: vietnamTime(d.dates.dueAt),
      returnedAt: vietnamTime(d.dates.returnedAt),
      finishedAt: vietnamTime(d.dates.finishedAt),
      rejectedAt: vietnamTime(d.dates.rejectedAt),
    }),
    status: d.status,
    processingAgency: d.processingAgency && { name: text(d.processingAgency.name)! },
    receivingUnit,
    documents: d.documents.map(document),
    paperItems: nonEmpty(d.paperItems)?.map((p) => compact({ ...p, name: text(p.name)! })),
    fees: d.fees.map(fee),
    results: d.results.map((r) =>
      compact({
        name: text(r.name)!,
        resultCode: r.resultCode,
        componentCode: r.componentCode,
        documentId: r.documentId,
        fileUrl: r.fileUrl,
      }),
    ),
    supplements: d.supplements.map(supplement),
    returnMethod: d.returnMethod,
    returnInfo: text(d.returnInfo),
    note: text(d.note),
    hasDigitizedComponents: d.hasDigitizedComponents,
    vneidVerified: d.vneidVerified,
    paidOnline: d.paidOnline,
    databasesConsulted: nonEmpty(d.databasesConsulted),
  });
}

/** The event as the portal can hold it: no `sequence`, NguoiXuLy defaulted and cut to 50. */
export function projectEvent(e: DossierEvent): DossierEvent {
  return compact({
    dossierCode: e.dossierCode,
    actor: compact({
      name: text(e.actor.name ?? 'Chuyên viên', 50),
      title: text(e.actor.title),
      department: text(e.actor.department),
    }),
    at: vietnamTime(e.at)!,
    content: text(e.content)!,
    status: e.status,
    startedAt: vietnamTime(e.startedAt),
    dueAt: vietnamTime(e.dueAt),
  });
}
