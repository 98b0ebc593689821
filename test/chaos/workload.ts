// What the load submits: dossiers with their progress events (statuses the portal accepts), one
// "poison" dossier whose third event the portal must refuse for good, and the portal record each
// accepted submission must leave (matched by the event's unique content).
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import type { DossierEvent } from '../../contracts/canonical/dossier-event.ts';
import type { DossierStatus } from '../../contracts/canonical/enums.ts';
import { exampleDossier } from '../../contracts/canonical/examples.ts';

export interface Submission {
  dossier: string;
  /** Position within the dossier: 0 is the dossier itself, then its events. */
  index: number;
  kind: 'dossier' | 'progress';
  path: string;
  body: Dossier | DossierEvent;
  /** Idempotency-Key header, or null to rely on the gateway's natural-key dedupe. */
  key: string | null;
  /** How the portal simulator's applied record of this submission is recognised. */
  label: string;
}

export interface Workload {
  /** Per dossier, its submissions in the order they must be sent (and applied). */
  dossiers: Submission[][];
  /** The submission the portal refuses permanently (invalid status change 3 → 4), and why. */
  poison: { dossier: string; index: number; reason: string };
}

/** Canonical status → the portal's TrangThai (DOMAIN §2: one-to-one 1–10). */
const PORTAL_STATUS: Record<DossierStatus, string> = {
  submitted: '1',
  received: '2',
  rejected: '3',
  processing: '4',
  awaiting_supplement: '5',
  awaiting_payment: '6',
  withdrawn: '7',
  suspended: '8',
  resolved: '9',
  returned: '10',
};

/** Never a final status (3, 7, 10) before the end, never back to 1: all plausible to the portal. */
const FLOW: DossierStatus[] = ['received', 'processing', 'awaiting_supplement', 'processing'];

/** The label of one applied portal record (see connectors/national-portal/simulator-services.ts). */
export function recordLabel(op: string, item: unknown): string {
  if (op === 'DongBoHoSoMC') return 'dossier';
  const { NoiDungXuLy, TrangThai } = item as { NoiDungXuLy?: string; TrangThai?: string };
  return `event:${TrangThai ?? ''}:${NoiDungXuLy ?? ''}`;
}

/** The applied record the portal simulator keeps for a submission (the fields labels read). */
export function portalRecordOf(s: Pick<Submission, 'kind' | 'body'>): {
  op: string;
  item: unknown;
} {
  if (s.kind === 'dossier') {
    const status = PORTAL_STATUS[(s.body as Dossier).status];
    return { op: 'DongBoHoSoMC', item: { isUpdating: 'False', TrangThaiHoSo: status } };
  }
  const event = s.body as DossierEvent;
  return {
    op: 'CapNhatTienDoHoSoMC',
    item: { TrangThai: PORTAL_STATUS[event.status], NoiDungXuLy: event.content },
  };
}

const labelOf = (s: Pick<Submission, 'kind' | 'body'>) => {
  const { op, item } = portalRecordOf(s);
  return recordLabel(op, item);
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A +07:00 instant `minutes` after 2025-06-01 08:00 (the portal keeps seconds resolution). */
function at(minutes: number): string {
  const t = new Date(Date.UTC(2025, 5, 1, 1, 0, 0) + minutes * 60_000 + 7 * 3_600_000);
  return `${t.toISOString().slice(0, 19)}+07:00`;
}

export function buildWorkload(options: {
  dossiers: number;
  eventsPerDossier: number;
  random: () => number;
  /** Share of submissions sent with an Idempotency-Key (the others rely on the natural key). */
  keyedShare: number;
  runTag: string;
}): Workload {
  const { random } = options;
  const dossiers: Submission[][] = [];
  const poisonAt = Math.floor(options.dossiers / 2);
  for (let d = 0; d < options.dossiers; d++) {
    const code = `000.00.00.H26-250601-${pad(d + 1, 4)}`;
    const keyOf = (index: number) =>
      random() < options.keyedShare ? `chaos-${options.runTag}-${d + 1}-${index}` : null;
    // Each dossier its own clock, so event times interleave across dossiers.
    const base = Math.floor(random() * 10_000);
    const dossier: Dossier = {
      ...exampleDossier,
      code,
      status: 'received',
      summary: `Hồ sơ thử nghiệm ${d + 1}`,
      dates: { ...exampleDossier.dates, submittedAt: at(base), receivedAt: at(base + 1) },
    };
    const list: Submission[] = [
      {
        dossier: code,
        index: 0,
        kind: 'dossier',
        path: '/api/v1/dossiers',
        body: dossier,
        key: keyOf(0),
        label: labelOf({ kind: 'dossier', body: dossier }),
      },
    ];
    const poison = d === poisonAt;
    for (let i = 1; i <= options.eventsPerDossier; i++) {
      // The poison dossier: rejected (final, 3) then processing (4), which the portal refuses.
      const status: DossierStatus = poison
        ? i === 1
          ? 'rejected'
          : 'processing'
        : FLOW[(i - 1) % FLOW.length]!;
      const content = `Bước ${i} của hồ sơ ${d + 1}`;
      const event: DossierEvent = {
        dossierCode: code,
        sequence: i,
        actor: { name: 'Cán bộ một cửa' },
        at: at(base + 10 * i),
        content,
        status,
      };
      list.push({
        dossier: code,
        index: i,
        kind: 'progress',
        path: `/api/v1/dossiers/${encodeURIComponent(code)}/events`,
        body: event,
        key: keyOf(i),
        label: labelOf({ kind: 'progress', body: event }),
      });
    }
    dossiers.push(list);
  }
  const poisonCode = dossiers[poisonAt]![0]!.dossier;
  return {
    dossiers,
    poison: { dossier: poisonCode, index: 2, reason: 'portal.invalid_transition' },
  };
}
