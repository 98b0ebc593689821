// Catalogue sync with the one-stop: canonical Procedures → paged ThuTuc upserts, and reading the catalogue back.
import { createHash } from 'node:crypto';
import type { OneStopThuTuc, OneStopThuTucPage } from '../../contracts/wire/one-stop/catalogue.ts';
import { oneStopProcedureToOneStop } from '../../mappings/one-stop/index.ts';
import type { OneStopClient } from './client.ts';
import { describeIssues } from './map.ts';

export interface PushProceduresInput {
  /** Canonical Procedure records (each validated by the mapping). */
  procedures: readonly unknown[];
  /** Prefix of each page's Idempotency-Key; default: a hash of the page, so a re-run sync replays. */
  idempotencyKey?: string;
}

export interface CatalogueSyncReport {
  /** Procedures given. */
  total: number;
  /** ThuTuc items sent (total minus rejected). */
  sent: number;
  pages: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Pages the one-stop had already applied (answer replayed for the Idempotency-Key). */
  replayedPages: number;
  /** Procedures the mapping refused: index in the input, national code when readable, issue paths and rules. */
  rejected: { index: number; code?: string; issues: string }[];
}

export interface ListProceduresInput {
  /** Only this page (from 1); default: every page. */
  page?: number;
  pageSize?: number;
}

export interface ProcedureList {
  items: OneStopThuTuc[];
  /** The one-stop's total count. */
  total: number;
  pages: number;
}

const pageKey = (prefix: string | undefined, page: OneStopThuTucPage): string =>
  prefix === undefined
    ? `thutuc-${createHash('sha256').update(JSON.stringify(page.items)).digest('hex').slice(0, 40)}`
    : `${prefix}:page:${page.page}`;

function codeOf(input: unknown): string | undefined {
  const code = (input as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Maps every procedure, sends the mappable ones in pages of `pageSize`, and tallies the answers. */
export async function pushProcedures(
  client: OneStopClient,
  input: PushProceduresInput,
  pageSize: number,
  signal: AbortSignal | undefined,
): Promise<CatalogueSyncReport> {
  const items: OneStopThuTuc[] = [];
  const report: CatalogueSyncReport = {
    total: input.procedures.length,
    sent: 0,
    pages: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    replayedPages: 0,
    rejected: [],
  };
  input.procedures.forEach((procedure, index) => {
    const mapped = oneStopProcedureToOneStop.run(procedure);
    if (mapped.ok) items.push(mapped.value);
    else {
      const code = codeOf(procedure);
      report.rejected.push({
        index,
        ...(code === undefined ? {} : { code }),
        issues: describeIssues(mapped.errors),
      });
    }
  });
  for (let start = 0; start < items.length; start += pageSize) {
    const page: OneStopThuTucPage = {
      items: items.slice(start, start + pageSize),
      page: report.pages + 1,
      pageSize,
      total: items.length,
    };
    const { response, replayed } = await client.putCataloguePage(
      page,
      pageKey(input.idempotencyKey, page),
      signal,
    );
    report.pages += 1;
    report.sent += page.items.length;
    if (replayed) report.replayedPages += 1;
    for (const line of response.KetQua) {
      if (line.KetQua === 'TaoMoi') report.created += 1;
      else if (line.KetQua === 'CapNhat') report.updated += 1;
      else report.unchanged += 1;
    }
  }
  return report;
}

/** One page, or every page until `total` items were read (an empty or short page also ends it). */
export async function listProcedures(
  client: OneStopClient,
  input: ListProceduresInput,
  defaultPageSize: number,
  signal: AbortSignal | undefined,
): Promise<ProcedureList> {
  const pageSize = input.pageSize ?? defaultPageSize;
  if (input.page !== undefined) {
    const one = await client.getCataloguePage(input.page, pageSize, signal);
    return { items: one.items, total: one.total, pages: 1 };
  }
  const items: OneStopThuTuc[] = [];
  let total = 0;
  let pages = 0;
  for (let page = 1; ; page += 1) {
    const got = await client.getCataloguePage(page, pageSize, signal);
    pages += 1;
    total = got.total;
    items.push(...got.items);
    if (got.items.length < pageSize || items.length >= total) break;
  }
  return { items, total, pages };
}
