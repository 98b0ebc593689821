// The benchmark's records: canonical dossiers with unique valid codes and their progress events in order.
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import type { DossierEvent } from '../../contracts/canonical/dossier-event.ts';
import { exampleDossier, exampleDossierEvent } from '../../contracts/canonical/examples.ts';

const DAY_MS = 86_400_000;
/** Codes start on this receipt day; later indexes move to later days. */
const FIRST_DAY = Date.UTC(2025, 0, 1);
const UNITS = 1000;
const DAYS = 365;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The i-th unique dossier code `<agency e-ID>-<yyMMdd>-<4-digit seq>`: the e-ID's unit part
 * (V1V2V3) varies fastest, then the receipt day, then the daily sequence (1–9999).
 */
export function dossierCode(i: number): string {
  if (!Number.isInteger(i) || i < 0 || i >= UNITS * DAYS * 9999)
    throw new RangeError(`dossier index out of range: ${i}`);
  const unit = i % UNITS;
  const day = new Date(FIRST_DAY + (Math.floor(i / UNITS) % DAYS) * DAY_MS);
  const seq = Math.floor(i / (UNITS * DAYS)) + 1;
  const yyMMdd = `${pad(day.getUTCFullYear() % 100, 2)}${pad(day.getUTCMonth() + 1, 2)}${pad(day.getUTCDate(), 2)}`;
  return `${pad(unit, 3)}.00.00.H26-${yyMMdd}-${pad(seq, 4)}`;
}

/** The example dossier under another code. */
export function dossierBody(code: string): Dossier {
  return { ...exampleDossier, code };
}

/** What the portal records as NoiDungXuLy for event k (1-based), so order can be read back. */
export function eventContent(k: number): string {
  return `Bước xử lý ${k}`;
}

/** Event k (1-based) of a dossier: rising timestamps a minute apart, received then processing. */
export function eventBody(code: string, k: number): DossierEvent {
  // Local time in Asia/Ho_Chi_Minh (UTC+7), written with its offset.
  const local = new Date(Date.UTC(2025, 2, 14, 9, 30) + k * 60_000).toISOString().slice(0, 19);
  return {
    ...exampleDossierEvent,
    dossierCode: code,
    sequence: k,
    at: `${local}+07:00`,
    content: eventContent(k),
    status: k === 1 ? 'received' : 'processing',
  };
}

/** Reads k back from eventContent(k); undefined for anything else. */
export function eventIndex(content: unknown): number | undefined {
  const match = typeof content === 'string' ? /^Bước xử lý (\d+)$/.exec(content) : null;
  return match ? Number(match[1]) : undefined;
}
