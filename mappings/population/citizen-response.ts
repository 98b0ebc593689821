// The CSDL dân cư answer {error_code, message: SOAP XML} → found Citizen, not found, mismatch, or errors.
import { z } from 'zod';
import { type Citizen, CitizenSchema } from '../../contracts/canonical/citizen.ts';
import {
  PopulationCongDanSchema,
  PopulationEnvelopeSchema,
  populationCitizens,
} from '../../contracts/wire/population/citizen.ts';
import { PopulationResponseSchema } from '../../contracts/wire/population/request.ts';
import { createContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { defineMapping, zodIssuesToFieldIssues } from '../engine/define-mapping.ts';
import { type FieldIssue, fail, makeIssue, succeed } from '../engine/issues.ts';
import { congDanToCitizen, leafText } from './congdan-to-citizen.ts';
import { type CitizenLookupRequest, CitizenLookupRequestSchema } from './lookup-request.ts';
import { mismatchedFields } from './match.ts';
import { parsePopulationXml } from './safe-xml.ts';

export const CITIZEN_TO_CANONICAL_ID = 'population.citizen.to-canonical';

/**
 * A mismatch names the differing request fields but never carries the record: whoever asked
 * with the wrong name or birth date must not learn the right one.
 */
export type CitizenLookupOutcome =
  | { outcome: 'found'; citizen: Citizen; warnings: FieldIssue[] }
  | { outcome: 'not_found' }
  | { outcome: 'mismatch'; fields: string[] }
  | { outcome: 'error'; errors: FieldIssue[] };

export type ParseCitizenOptions = { maxXmlBytes?: number };

const error = (errors: FieldIssue[]): CitizenLookupOutcome => ({ outcome: 'error', errors });

const rebase = (issues: FieldIssue[], prefix: string): FieldIssue[] =>
  issues.map((i) => ({ ...i, path: i.path === '' ? prefix : `${prefix}.${i.path}` }));

/** error_code "0" (or 0) is success; anything else is the gateway's refusal. */
const isSuccess = (code: string | number): boolean => String(code).trim() === '0';

/**
 * Parses the gateway's JSON envelope. `request`, when given, is what was asked: a record whose
 * ID, name or birth date differs from it is a 'mismatch'. Never throws.
 */
export function parseCitizenResponse(
  envelope: unknown,
  request?: CitizenLookupRequest,
  options: ParseCitizenOptions = {},
): CitizenLookupOutcome {
  const response = PopulationResponseSchema.safeParse(envelope);
  if (!response.success) return error(zodIssuesToFieldIssues(response.error, 'schema'));
  const { error_code, message } = response.data;
  if (!isSuccess(error_code)) {
    return error([
      makeIssue(
        'error_code',
        'population.upstream_error',
        'the gateway reported an error',
        String(error_code),
      ),
    ]);
  }
  const xml = parsePopulationXml(message, {
    path: 'message',
    ...(options.maxXmlBytes !== undefined && { maxBytes: options.maxXmlBytes }),
  });
  if (!xml.ok) return error(xml.errors);
  const parsed = PopulationEnvelopeSchema.safeParse(xml.value);
  if (!parsed.success) {
    return error(rebase(zodIssuesToFieldIssues(parsed.error, 'schema'), 'message'));
  }
  const records = populationCitizens(parsed.data);
  if (records.length === 0) return { outcome: 'not_found' };
  const record = pickRecord(records, request);
  if (record === undefined) {
    return error([
      makeIssue(
        'message.CongDan',
        'population.multiple_records',
        `${records.length} records answered one lookup`,
      ),
    ]);
  }
  const ctx = createContext('CongDan');
  const draft = congDanToCitizen(record, ctx);
  if (ctx.hasErrors) return error([...ctx.errors]);
  const checked = CitizenSchema.safeParse(draft);
  if (!checked.success) return error(zodIssuesToFieldIssues(checked.error, 'output'));
  if (request !== undefined) {
    const fields = mismatchedFields(request, checked.data);
    if (fields.length > 0) return { outcome: 'mismatch', fields };
  }
  return { outcome: 'found', citizen: checked.data, warnings: [...ctx.warnings] };
}

/** One record, or the only one with the requested ID among several. */
function pickRecord<T extends { SoDinhDanh: string; SoCMND?: string | undefined }>(
  records: readonly T[],
  request: CitizenLookupRequest | undefined,
): T | undefined {
  if (records.length === 1) return records[0];
  const id = request?.idNumber.trim();
  const hits = records.filter(
    (r) => id !== undefined && (leafText(r.SoDinhDanh) === id || leafText(r.SoCMND) === id),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/** Input of the registry mapping: the gateway's envelope and, optionally, what was asked. */
export const CitizenResponseInputSchema = z.strictObject({
  envelope: z.unknown(),
  request: CitizenLookupRequestSchema.optional(),
});
export type CitizenResponseInput = z.infer<typeof CitizenResponseInputSchema>;

/**
 * parseCitizenResponse as a Mapping: 'found', 'not_found' and 'mismatch' succeed (they are
 * answers), 'error' fails with its field errors.
 */
export const citizenToCanonical = defineMapping({
  id: CITIZEN_TO_CANONICAL_ID,
  version: 1,
  from: CitizenResponseInputSchema,
  map: (input, ctx) => {
    const outcome = parseCitizenResponse(input.envelope, input.request);
    if (outcome.outcome === 'error') {
      for (const e of outcome.errors) ctx.absorb(fail([e]));
      return outcome;
    }
    if (outcome.outcome === 'found')
      for (const w of outcome.warnings) ctx.absorb(succeed(null, [w]));
    return outcome;
  },
});

export const citizenResponseCoverage = declareCoverage(PopulationResponseSchema, {
  mapped: ['error_code', 'message'],
  ignored: {},
});

export const congDanToCitizenCoverage = declareCoverage(PopulationCongDanSchema, {
  mapped: [
    'SoDinhDanh',
    'SoCMND',
    'LoaiTaiKhoan',
    'MaSoThue',
    'HoVaTen',
    'GioiTinh',
    'DanToc',
    'TonGiao',
    'TinhTrangHonNhan',
    'NhomMau',
    'QuocTich',
    'ThuDienTu',
    'NgayThangNamSinh',
    'NoiDangKyKhaiSinh',
    'QueQuan',
    'ThuongTru',
    'NoiOHienTai',
    'Cha',
    'Me',
    'VoChong',
    'NguoiDaiDien',
    'ChuHo',
    'SoSoHoKhau',
  ],
  ignored: {},
});
