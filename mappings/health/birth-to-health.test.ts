// Tests for birth-registration submissions both ways: golden fixtures, bad input, NFD, round trip, coverage.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  healthKhaiSinhExample,
  healthSubmissionExample,
} from '../../contracts/wire/health/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import { birthSubmissionInput } from './arbitraries.ts';
import { BirthSubmissionInputSchema } from './birth-registration.ts';
import { BIRTH_TO_HEALTH_ID, createBirthToHealthMapping } from './birth-to-health.ts';
import { HEALTH_TO_BIRTH_ID, healthToBirth } from './health-to-birth.ts';
import { birthSubmissionProjectionOf } from './projection.ts';
import { healthKhaiSinhCoverage, healthSubmissionCoverage } from './submission-coverage.ts';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are free-form JSON patched by path in tests
type Json = Record<string, any>;
const fixture = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

const options = { maDonVi: 1001 };
const toHealth = createBirthToHealthMapping(options);
const input = fixture('birth-submission.input');

/** The fixture with one path (a.b.c) replaced. */
function withValue(path: string, value: unknown): Json {
  const copy = structuredClone(input);
  const keys = path.split('.');
  const last = keys.pop() as string;
  let target = copy;
  for (const key of keys) target = target[key];
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

const errors = (result: { ok: boolean; errors?: { path: string; rule: string }[] }) =>
  result.ok ? [] : (result.errors ?? []).map((e) => `${e.path}:${e.rule}`);

describe('createBirthToHealthMapping', () => {
  it('should map the golden dossier to the envelope, with data a JSON string', () => {
    expect(toHealth.id).toBe(BIRTH_TO_HEALTH_ID);
    const result = toHealth.run(input);
    expect(result).toEqual({ ok: true, value: fixture('birth-submission.expected'), warnings: [] });
    const data = result.ok ? JSON.parse(result.value.data) : undefined;
    expect(data.hoTich).toMatchObject({
      maGCS: 'GCS-01-BVPSHN-2025-004512',
      nksNgaySinh: '20/06/2025',
      nksNoiSinh: { maTinh: '01', maHuyen: null, maXa: '00008' },
      nksQueQuan: { maTinh: '01', maHuyen: '001', maXa: '00001' },
    });
    expect(result.ok && result.value.ngayTiepNhan).toBe('20250703093000');
  });

  it('should send the same record the contract example describes', () => {
    const result = toHealth.run(input);
    const hoTich = result.ok ? JSON.parse(result.value.data).hoTich : {};
    for (const key of [
      'maGCS',
      'nksHoTen',
      'meSoGiayToTuyThan',
      'chaSoGiayToTuyThan',
      'nycQuanHe',
    ]) {
      expect(hoTich[key]).toBe(healthKhaiSinhExample[key as keyof typeof healthKhaiSinhExample]);
    }
    expect(result.ok && result.value.maHoSo).toBe(healthSubmissionExample.maHoSo);
  });

  it('should report a parent ID whose year digits disagree with the birth date at that ID', () => {
    const bad = withValue('birth.mother.birthDate', '1991-03-15');
    expect(errors(toHealth.run(bad))).toEqual([
      'birth.mother.idDocument.number:personal_id.year_mismatch',
    ]);
    const owner = withValue('dossier.owner.birthDate', '1991-03-15');
    expect(errors(toHealth.run(owner))).toEqual([
      'dossier.owner.personalId:personal_id.year_mismatch',
    ]);
  });

  it('should refuse impossible dates, an organisation requester and a missing reception date', () => {
    expect(errors(toHealth.run(withValue('birth.child.birthDate', '2025-02-29')))).toEqual([
      'birth.child.birthDate:schema.invalid_format',
    ]);
    expect(errors(toHealth.run(withValue('birth.certificate.issuedOn', '21/06/2025')))).toEqual([
      'birth.certificate.issuedOn:schema.invalid_format',
    ]);
    const company = withValue('dossier.owner', {
      kind: 'enterprise',
      name: 'Công ty TNHH Ví Dụ',
      enterpriseCode: '0100109106',
    });
    expect(errors(toHealth.run(company))).toEqual(['dossier.owner.kind:health.owner_not_citizen']);
    const noReception = withValue('dossier.dates.receivedAt', undefined);
    expect(errors(toHealth.run(noReception))).toEqual(['dossier.dates.receivedAt:value.required']);
  });

  it('should send NFD and NFC text identically', () => {
    const nfd = withValue('birth.child.fullName', 'Trần Minh Khôi'.normalize('NFD'));
    nfd.birth.requesterRelationship = 'Mẹ'.normalize('NFD');
    expect(toHealth.run(nfd)).toEqual(toHealth.run(input));
  });
});

describe('healthToBirth', () => {
  it('should read the golden envelope back, addresses tagged by their tiers', () => {
    expect(healthToBirth.id).toBe(HEALTH_TO_BIRTH_ID);
    const result = healthToBirth.run(fixture('birth-submission.expected'));
    expect(result).toEqual({
      ok: true,
      value: fixture('birth-submission.reverse.expected'),
      warnings: [],
    });
    expect(result.ok && result.value.birth.child.hometown?.commune.listVersion).toBe('2025-01');
    expect(result.ok && result.value.birth.child.birthPlace.commune).toEqual({
      code: '00008',
      listVersion: '2025-07',
      name: 'Phường Ngọc Hà',
    });
  });

  it('should report bad data inside the data string at its hoTich path', () => {
    const envelope = fixture('birth-submission.expected');
    const hoTich = JSON.parse(envelope.data).hoTich;
    const run = (patch: Json) =>
      errors(
        healthToBirth.run({
          ...envelope,
          data: JSON.stringify({ hoTich: { ...hoTich, ...patch } }),
        }),
      );
    expect(run({ nksNgaySinh: '31/02/2025' })).toEqual([
      'data.hoTich.nksNgaySinh:date.invalid_calendar_date',
    ]);
    expect(run({ meNgaySinh: '15/03/1991' })).toEqual([
      'data.hoTich.meSoGiayToTuyThan:personal_id.year_mismatch',
    ]);
    expect(run({ nksNoiSinh: { ...hoTich.nksNoiSinh, maXa: '00007' } })).toEqual([
      'data.hoTich.nksNoiSinh.maXa:admin_unit.unknown',
    ]);
    expect(run({ nksGioiTinh: '3' })).toEqual(['data.hoTich.nksGioiTinh:schema.invalid_value']);
    expect(errors(healthToBirth.run({ ...envelope, data: '{"hoTich":' }))).toEqual([
      'data:schema.custom',
    ]);
    expect(errors(healthToBirth.run({ ...envelope, module: 'KT' }))).toEqual([
      'module:health.unsupported_module',
    ]);
  });

  it('should refuse the contract example: two-tier 00007 and province 36 are not in the 2025-07 lists', () => {
    expect(errors(healthToBirth.run(healthSubmissionExample))).toEqual([
      'data.hoTich.nksNoiSinh.maXa:admin_unit.unknown',
      'data.hoTich.nksQueQuan.maTinh:admin_unit.unknown',
    ]);
  });
});

describe('health birth-submission round trip', () => {
  it('should give back the health projection of any valid submission', () => {
    fc.assert(
      fc.property(birthSubmissionInput, (submission) => {
        expect(BirthSubmissionInputSchema.safeParse(submission).success).toBe(true);
        const out = toHealth.run(submission);
        if (!out.ok) throw new Error(JSON.stringify(out.errors));
        const back = healthToBirth.run(out.value);
        if (!back.ok) throw new Error(JSON.stringify(back.errors));
        expect(back.value).toEqual(birthSubmissionProjectionOf(submission, options));
      }),
      { numRuns: 1000 },
    );
  });

  it('should cover every field of the envelope and of the hoTich record', () => {
    for (const coverage of [healthSubmissionCoverage, healthKhaiSinhCoverage]) {
      expect(uncoveredFields(coverage)).toEqual([]);
      expect(invalidCoverageEntries(coverage)).toEqual([]);
    }
  });
});
