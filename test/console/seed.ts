// Live data for the console tests: dossiers and results through the API, a catalogue sync, operators.
import type { Dossier } from '../../contracts/canonical/dossier.ts';
import { exampleDossier } from '../../contracts/canonical/examples.ts';
import { createOperator } from '../../ops/console/auth/operators.ts';
import type { Pool } from '../../ops/db/pool.ts';
import { finishSyncRun, startSyncRun, upsertProcedures } from '../../ops/db/queries/catalogue.ts';
import { waitFor } from '../helpers/delivery.ts';

const HOUR = 3_600_000;

/** yyMMdd of today in Hanoi, for dossier codes. */
function codeDay(now: Date): string {
  const hanoi = new Date(now.getTime() + 7 * HOUR);
  return hanoi.toISOString().slice(2, 10).replaceAll('-', '');
}

export interface SeededDossiers {
  codes: { onTime: string; late: string; commune: string; rejected: string; district: string };
  /** The personal ID every dossier's owner carries (must never show unmasked to non-admins). */
  personalId: string;
}

function dossier(code: string, overrides: Partial<Dossier>, now: Date): Dossier {
  const received = new Date(now.getTime() - 2 * HOUR).toISOString();
  return {
    ...exampleDossier,
    code,
    dates: {
      submittedAt: received,
      receivedAt: received,
      dueAt: new Date(now.getTime() + 24 * HOUR).toISOString(),
    },
    ...overrides,
  };
}

const notDigitized = [
  { ...exampleDossier.documents[0]!, digitizationState: 'not_digitized' as const },
];

async function post(baseUrl: string, apiKey: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
    body: JSON.stringify(body),
  });
  if (response.status !== 202)
    throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
}

/** Codes of the five seeded dossiers, numbered under today's date. */
export function dossierCodes(now = new Date()): SeededDossiers['codes'] {
  const day = codeDay(now);
  const code = (n: number) => `000.00.00.H26-${day}-${String(n).padStart(4, '0')}`;
  return { onTime: code(1), late: code(2), commune: code(3), rejected: code(4), district: code(5) };
}

/**
 * Five dossiers received two hours ago: KPIs over all levels are online 3/5, digitized
 * components 4/5, on time 1/2 (one returned early, one late), results digitized 1/2.
 */
export async function seedDossiers(
  baseUrl: string,
  apiKey: string,
  codes: SeededDossiers['codes'],
  now = new Date(),
): Promise<SeededDossiers> {
  const commune = {
    level: 'commune' as const,
    unit: { code: '00004', listVersion: '2025-07' as const },
  };
  const dossiers = [
    dossier(codes.onTime, { channel: 'online' }, now),
    dossier(
      codes.late,
      { channel: 'in_person', hasDigitizedComponents: false, documents: notDigitized },
      now,
    ),
    dossier(codes.commune, { channel: 'online', receivingUnit: commune }, now),
    dossier(codes.rejected, { channel: 'online', receivingUnit: commune }, now),
    dossier(
      codes.district,
      {
        channel: 'postal',
        receivingUnit: { level: 'district', unit: { code: '001', listVersion: '2025-01' } },
      },
      now,
    ),
  ];
  for (const d of dossiers) await post(baseUrl, apiKey, '/api/v1/dossiers', d);
  const early = new Date(now.getTime() - HOUR).toISOString();
  const tooLate = new Date(now.getTime() + 48 * HOUR).toISOString();
  await post(baseUrl, apiKey, `/api/v1/dossiers/${codes.onTime}/results`, {
    status: 'returned',
    returnedAt: early,
    finishedAt: early,
    results: [{ name: 'Giấy chứng nhận', fileUrl: 'https://files.example.vn/kq/1.pdf' }],
  });
  await post(baseUrl, apiKey, `/api/v1/dossiers/${codes.late}/results`, {
    status: 'returned',
    returnedAt: tooLate,
    finishedAt: tooLate,
    results: [{ name: 'Giấy chứng nhận' }],
  });
  return { codes, personalId: '001090000123' };
}

/** Waits until no delivery is pending: every one delivered or dead. */
export async function settled(pool: Pool, expectDead: number): Promise<void> {
  await waitFor(async () => {
    const { rows } = await pool.query<{ pending: number; dead: number }>(
      "select count(*) filter (where state = 'pending')::int as pending, count(*) filter (where state = 'dead')::int as dead from lienthong.delivery",
    );
    return rows[0]!.pending === 0 && rows[0]!.dead === expectDead;
  }, 30_000);
}

export async function seedCatalogue(pool: Pool): Promise<void> {
  const run = await pool.query<{ id: number }>(startSyncRun());
  const procedure = (code: string, name: string, integrated: boolean) => ({
    code,
    name,
    sector_code: 'G03-GD10',
    sector_name: 'Giáo dục Trung học',
    portal_integrated: integrated,
    canonical: { code, name },
    content_hash: `${code}-v1`,
  });
  await pool.query(
    upsertProcedures([
      procedure('1.001776', 'Cấp giấy chứng nhận tốt nghiệp', true),
      procedure('1.001777', 'Chuyển trường cho học sinh trung học', true),
      procedure('2.000477', 'Cấp bản sao văn bằng, chứng chỉ', false),
    ]),
  );
  await pool.query(
    finishSyncRun(run.rows[0]!.id, {
      outcome: 'ok',
      total: 3,
      integrated: 2,
      added: 3,
      changed: 0,
      removed: 0,
      pushed: 3,
    }),
  );
}

export interface Account {
  username: string;
  password: string;
}

export async function seedOperators(
  pool: Pool,
): Promise<{ admin: Account; operator: Account; viewer: Account }> {
  const make = async (username: string, role: string) => {
    const created = await createOperator(pool, { username, role });
    if (!created.ok) throw new Error(created.code);
    return { username, password: created.password };
  };
  return {
    admin: await make('admin.hn', 'admin'),
    operator: await make('vanhanh', 'operator'),
    viewer: await make('xem', 'viewer'),
  };
}
