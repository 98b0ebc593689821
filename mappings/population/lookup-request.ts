// Canonical citizen lookup request → the CSDL dân cư PopulationRequest (POST JSON through the provincial gateway).
import { z } from 'zod';
import { CalendarDateSchema, TextSchema } from '../../contracts/canonical/scalars.ts';
import { validateIdentityNumber } from '../../contracts/validators/identity-number.ts';
import {
  type PopulationRequest,
  PopulationRequestSchema,
} from '../../contracts/wire/population/request.ts';
import type { MappingContext } from '../engine/context.ts';
import { declareCoverage } from '../engine/coverage.ts';
import { type Draft, defineMapping, type Mapping } from '../engine/define-mapping.ts';
import { normalizeText } from '../engine/transforms/text.ts';

export const LOOKUP_TO_POPULATION_ID = 'population.lookup.to-population';

/**
 * What a caller asks CSDL dân cư (not in contracts/canonical, so defined here). `idNumber` is a
 * 12-digit personal ID or a legacy 9-digit CMND; `requestId` a UUID that becomes MaYeuCau, so
 * one lookup is traceable end to end (TH's prefix + current second is not unique). `purpose`
 * is for the audit log only: the wire has no field for it.
 */
export const CitizenLookupRequestSchema = z.strictObject({
  idNumber: z.string().min(1),
  fullName: TextSchema,
  birthDate: CalendarDateSchema,
  requestId: z.uuid(),
  officer: TextSchema.optional(),
  purpose: TextSchema,
});
export type CitizenLookupRequest = z.infer<typeof CitizenLookupRequestSchema>;

/** Deployment values of the lookup: the gateway's integration code and service code (TH: "037", "VPCP"). */
export type PopulationLookupOptions = {
  maTichHop: string;
  maDVC: string;
  /** MaCanBo when the request names no officer (e.g. a system account); else the officer is required. */
  defaultOfficer?: string;
};

const compactDate = (isoDate: string): string => isoDate.replaceAll('-', '');

function identity(
  request: CitizenLookupRequest,
  ctx: MappingContext,
): { SoDinhDanh: string; SoCMND: string } | undefined {
  const at = ctx.at('idNumber');
  const result = validateIdentityNumber(request.idNumber, { birthDate: request.birthDate });
  if (!result.ok) {
    for (const issue of result.issues) {
      at.error(issue.code, issue.message, { value: request.idNumber, personal: true });
    }
    return undefined;
  }
  return result.kind === 'personal_id'
    ? { SoDinhDanh: result.value, SoCMND: '' }
    : { SoDinhDanh: '', SoCMND: result.value };
}

function mapRequest(
  request: CitizenLookupRequest,
  options: PopulationLookupOptions,
  ctx: MappingContext,
): Draft<PopulationRequest> {
  const officer = request.officer ?? options.defaultOfficer;
  if (officer === undefined) {
    ctx.at('officer').error('value.required', 'MaCanBo needs the officer who asks (audit)');
  }
  return {
    HoVaTen: normalizeText(request.fullName, ctx.at('fullName'), { personal: true }),
    ...identity(request, ctx),
    NgayThangNam: compactDate(request.birthDate),
    Nam: request.birthDate.slice(0, 4),
    MaTichHop: options.maTichHop,
    MaDVC: options.maDVC,
    MaCanBo: officer,
    MaYeuCau: request.requestId,
  };
}

export function createLookupToPopulationMapping(
  options: PopulationLookupOptions,
): Mapping<unknown, PopulationRequest> {
  return defineMapping({
    id: LOOKUP_TO_POPULATION_ID,
    version: 1,
    from: CitizenLookupRequestSchema,
    to: PopulationRequestSchema,
    map: (request, ctx) => mapRequest(request, options, ctx),
  });
}

export const lookupToPopulationCoverage = declareCoverage(PopulationRequestSchema, {
  mapped: [
    'HoVaTen',
    'SoDinhDanh',
    'SoCMND',
    'NgayThangNam',
    'Nam',
    'MaTichHop',
    'MaDVC',
    'MaCanBo',
    'MaYeuCau',
  ],
  ignored: {},
});
