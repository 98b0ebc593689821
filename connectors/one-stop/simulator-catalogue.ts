// The simulated one-stop's procedure catalogue: paged reads and paged upserts of ThuTuc items.
import {
  ONE_STOP_MAX_PAGE_SIZE,
  type OneStopThuTuc,
  type OneStopThuTucPage,
  OneStopThuTucPageSchema,
} from '../../contracts/wire/one-stop/catalogue.ts';
import type { Simulator } from '../kit/simulator/index.ts';
import { ONE_STOP_ERROR_CODES } from './errors.ts';
import { type Answer, failure, invalidPayload, zodDetails } from './simulator-http.ts';
import type { OneStopThuTucUpsert } from './wire-api.ts';

export const DEFAULT_PAGE_SIZE = 50;

const catalogue = (sim: Simulator) => sim.store.collection<OneStopThuTuc>('catalogue');

export function seedCatalogue(sim: Simulator, items: readonly OneStopThuTuc[]): void {
  for (const item of items) catalogue(sim).set(item.MaTTHC, structuredClone(item));
}

function pageParam(raw: string | undefined, fallback: number, max: number): number | undefined {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 && n <= max ? n : undefined;
}

/** GET ?page=&pageSize=: pages count from 1, items ordered by MaTTHC. */
export function readCatalogue(
  sim: Simulator,
  query: { page?: string | undefined; pageSize?: string | undefined },
): Answer {
  sim.count('received', 'listProcedures');
  const page = pageParam(query.page, 1, Number.MAX_SAFE_INTEGER);
  const pageSize = pageParam(query.pageSize, DEFAULT_PAGE_SIZE, ONE_STOP_MAX_PAGE_SIZE);
  if (page === undefined || pageSize === undefined) {
    return failure(
      400,
      ONE_STOP_ERROR_CODES.invalidPage,
      `page ≥ 1 và 1 ≤ pageSize ≤ ${ONE_STOP_MAX_PAGE_SIZE}`,
      [{ TruongDuLieu: page === undefined ? 'page' : 'pageSize', MoTa: 'Giá trị không hợp lệ' }],
    );
  }
  const all = [...catalogue(sim).values()].sort((a, b) => a.MaTTHC.localeCompare(b.MaTTHC));
  const body: OneStopThuTucPage = {
    items: all.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageSize,
    total: all.length,
  };
  return { status: 200, body };
}

/** PUT one page: each item upserted by MaTTHC; an identical item is left as it is (KhongDoi). */
export function upsertCatalogue(sim: Simulator, raw: unknown): Answer {
  const parsed = OneStopThuTucPageSchema.safeParse(raw);
  if (!parsed.success) return invalidPayload(zodDetails(parsed.error));
  const codes = parsed.data.items.map((item) => item.MaTTHC);
  const repeated = codes.findIndex((code, i) => codes.indexOf(code) !== i);
  if (repeated >= 0) {
    return invalidPayload([
      { TruongDuLieu: `items.${repeated}.MaTTHC`, MoTa: 'MaTTHC lặp lại trong cùng một trang' },
    ]);
  }
  const lines: OneStopThuTucUpsert['KetQua'] = parsed.data.items.map((item) => {
    const existing = catalogue(sim).get(item.MaTTHC);
    if (existing && JSON.stringify(existing) === JSON.stringify(item)) {
      return { MaTTHC: item.MaTTHC, KetQua: 'KhongDoi' };
    }
    catalogue(sim).set(item.MaTTHC, item);
    sim.recordApplied('pushProcedures', item.MaTTHC, item);
    return { MaTTHC: item.MaTTHC, KetQua: existing ? 'CapNhat' : 'TaoMoi' };
  });
  const body: OneStopThuTucUpsert = { ThanhCong: true, KetQua: lines };
  return { status: 200, body };
}
