// Tests for Dossier ⇄ TiepNhanHoSo: golden fixtures, soap Date values, bad input, NFD, round trip, coverage.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierSchema } from '../../contracts/canonical/dossier.ts';
import { educationTiepNhanHoSoExample } from '../../contracts/wire/education/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import { educationDossier } from './arbitraries.ts';
import {
  DOSSIER_TO_EDUCATION_ID,
  dossierToEducation,
  dossierToEducationCoverage,
} from './dossier-to-education.ts';
import {
  EDUCATION_TO_DOSSIER_ID,
  educationToDossier,
  educationToDossierCoverage,
} from './education-to-dossier.ts';
import { educationProjectionOf } from './projection.ts';

const fixture = <T = Record<string, unknown>>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;

const dossier = fixture<Record<string, unknown> & { owner: Record<string, unknown> }>(
  'dossier.input',
);
const request = fixture<{ HoSo: Record<string, unknown> & { ChuHoSo: Record<string, unknown> } }>(
  'tiep-nhan-ho-so.expected',
);

/** How the `soap` package hands a parsed request over: xs:date and xs:dateTime as Date objects. */
function asSoapParsed(wire: {
  HoSo: Record<string, unknown> & { ChuHoSo: Record<string, unknown> };
}) {
  const h = wire.HoSo;
  return {
    HoSo: {
      ...h,
      ChuHoSo: { ...h.ChuHoSo, NgaySinh: new Date(String(h.ChuHoSo.NgaySinh)) },
      NgayTiepNhan: new Date(String(h.NgayTiepNhan)),
      ...(h.NgayHenTra !== undefined && { NgayHenTra: new Date(String(h.NgayHenTra)) }),
    },
  };
}

const errors = (result: { ok: boolean; errors?: { path: string; rule: string }[] }) =>
  result.ok ? [] : (result.errors ?? []).map((e) => `${e.path}:${e.rule}`);

describe('dossierToEducation', () => {
  it('should map the golden dossier, leaving the withdrawn document out with a warning', () => {
    expect(dossierToEducation.id).toBe(DOSSIER_TO_EDUCATION_ID);
    const result = dossierToEducation.run(dossier);
    expect(result).toEqual({
      ok: true,
      value: request,
      warnings: [
        {
          path: 'documents[2]',
          rule: 'education.document_not_sent',
          message: 'withdrawn document not sent',
        },
      ],
    });
  });

  it('should write instants at +07:00 and birth dates as yyyy-MM-dd text (never Date)', () => {
    const result = dossierToEducation.run(dossier);
    const hoSo = result.ok ? result.value.HoSo : undefined;
    expect(hoSo?.NgayHenTra).toBe('2025-07-10T17:00:00+07:00');
    expect(hoSo?.ChuHoSo.NgaySinh).toBe('2010-05-04');
  });

  it('should report a personal ID whose year digits disagree with the birth date at the owner ID', () => {
    const bad = { ...dossier, owner: { ...dossier.owner, birthDate: '2011-05-04' } };
    expect(errors(dossierToEducation.run(bad))).toEqual([
      'owner.personalId:personal_id.year_mismatch',
    ]);
    const result = dossierToEducation.run(bad);
    expect(result.ok === false && result.errors[0]?.message).toBe(
      'The year digits do not match the birth year',
    );
  });

  it('should refuse impossible dates and what education cannot carry, as field errors', () => {
    const badDate = { ...dossier, owner: { ...dossier.owner, birthDate: '31/02/2024' } };
    expect(errors(dossierToEducation.run(badDate))).toEqual([
      'owner.birthDate:schema.invalid_format',
    ]);
    const { birthDate: _b, ...noBirth } = dossier.owner;
    expect(errors(dossierToEducation.run({ ...dossier, owner: noBirth }))).toEqual([
      'owner.birthDate:value.required',
    ]);
    const { sector: _s, ...noSector } = dossier;
    expect(errors(dossierToEducation.run(noSector))).toEqual(['sector:value.required']);
    const otherSector = { ...dossier, sector: { code: 'TP01', name: 'Hộ tịch' } };
    expect(errors(dossierToEducation.run(otherSector))).toEqual([
      'sector.code:education.sector_code_format',
    ]);
    const company = {
      ...dossier,
      owner: { kind: 'enterprise', name: 'Công ty TNHH Ví Dụ', enterpriseCode: '0100109106' },
    };
    expect(errors(dossierToEducation.run(company))).toEqual([
      'owner.kind:education.owner_not_citizen',
    ]);
    const { dates: _d, ...rest } = dossier;
    const noReception = { ...rest, dates: { submittedAt: '2025-07-03T08:00:00+07:00' } };
    expect(errors(dossierToEducation.run(noReception))).toEqual([
      'dates.receivedAt:value.required',
    ]);
  });

  it('should fall back to the procedure name for TrichYeu, with a warning', () => {
    const { summary: _s, ...noSummary } = dossier;
    const result = dossierToEducation.run(noSummary);
    expect(result.ok && result.value.HoSo.TrichYeu).toBe('Tuyển sinh trung học phổ thông');
    expect(result.ok && result.warnings.map((w) => w.rule)).toContain(
      'education.summary_defaulted',
    );
  });

  it('should send NFD and NFC text identically', () => {
    const nfd = {
      ...dossier,
      summary: String(dossier.summary).normalize('NFD'),
      owner: { ...dossier.owner, fullName: 'Phạm Gia Bảo'.normalize('NFD') },
    };
    expect(dossierToEducation.run(nfd)).toEqual(dossierToEducation.run(dossier));
  });
});

describe('educationToDossier', () => {
  it('should map the golden request back to the education projection', () => {
    expect(educationToDossier.id).toBe(EDUCATION_TO_DOSSIER_ID);
    expect(educationToDossier.run(request)).toEqual({
      ok: true,
      value: fixture('dossier-projection.expected'),
      warnings: [],
    });
  });

  it('should read soap-parsed Date values without shifting the birth day', () => {
    expect(educationToDossier.run(asSoapParsed(request))).toEqual(educationToDossier.run(request));
    const late = asSoapParsed({
      HoSo: { ...request.HoSo, ChuHoSo: { ...request.HoSo.ChuHoSo, NgaySinh: '2010-05-04' } },
    });
    const result = educationToDossier.run(late);
    expect(result.ok && result.value.owner.birthDate).toBe('2010-05-04');
  });

  it('should map the contract example and read a local xs:dateTime as Vietnam time', () => {
    const result = educationToDossier.run({
      HoSo: { ...educationTiepNhanHoSoExample.HoSo, NgayTiepNhan: '2025-07-03T09:30:00' },
    });
    expect(result.ok && result.value.receivedAt).toBe('2025-07-03T09:30:00+07:00');
    expect(result.ok && result.warnings.map((w) => w.rule)).toEqual(['date.offset_assumed']);
  });

  it('should report bad wire values as field errors at HoSo paths', () => {
    const chu = request.HoSo.ChuHoSo;
    const cases: [unknown, string][] = [
      [{ ...chu, NgaySinh: '2010-02-30' }, 'HoSo.ChuHoSo.NgaySinh:schema.invalid_format'],
      [
        { ...chu, NgaySinh: new Date('2010-05-04T17:00:00Z') },
        'HoSo.ChuHoSo.NgaySinh:date.not_a_calendar_date',
      ],
      [{ ...chu, SoDinhDanh: '001211012345' }, 'HoSo.ChuHoSo.SoDinhDanh:personal_id.year_mismatch'],
    ];
    for (const [ChuHoSo, expected] of cases) {
      expect(errors(educationToDossier.run({ HoSo: { ...request.HoSo, ChuHoSo } }))).toEqual([
        expected,
      ]);
    }
    const foreignCode = { HoSo: { ...request.HoSo, MaHoSo: 'HS_2025_0031' } };
    expect(errors(educationToDossier.run(foreignCode))).toEqual([
      'HoSo.MaHoSo:dossier_code.invalid_format',
    ]);
    const badProcedure = { HoSo: { ...request.HoSo, MaTTHC: '3000181' } };
    expect(errors(educationToDossier.run(badProcedure))).toEqual([
      'HoSo.MaTTHC:procedure_code.invalid',
    ]);
  });
});

describe('education round trip', () => {
  it('should give back the education projection of any valid dossier, from text or soap Dates', () => {
    fc.assert(
      fc.property(educationDossier, (d) => {
        expect(DossierSchema.safeParse(d).success).toBe(true);
        const expected = educationProjectionOf(d);
        const out = dossierToEducation.run(d);
        if (!out.ok) throw new Error(JSON.stringify(out.errors));
        expect(educationToDossier.run(out.value)).toMatchObject({ ok: true, value: expected });
        expect(educationToDossier.run(asSoapParsed(out.value))).toMatchObject({
          ok: true,
          value: expected,
        });
        const again = educationToDossier.run(out.value);
        expect(again.ok && again.value.owner.fullName).toBe(
          d.owner.kind === 'citizen' && d.owner.fullName.normalize('NFC'),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('should cover every wire field in both directions', () => {
    for (const coverage of [dossierToEducationCoverage, educationToDossierCoverage]) {
      expect(uncoveredFields(coverage)).toEqual([]);
      expect(invalidCoverageEntries(coverage)).toEqual([]);
    }
  });
});
