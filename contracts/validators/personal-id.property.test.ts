import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CCCD_PROVINCES } from './cccd-provinces.ts';
import { centurySexDigit, validatePersonalId } from './personal-id.ts';

const RUNS = { numRuns: 1000 };

const birthDate = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2399-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const sex = fc.constantFrom('male' as const, 'female' as const);
const province = fc.constantFrom(...CCCD_PROVINCES.keys());
const serial = fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0'));

function buildId(date: string, holderSex: 'male' | 'female', provinceCode: string, rest: string) {
  const year = Number(date.slice(0, 4));
  const g = centurySexDigit(year, holderSex)!;
  return `${provinceCode}${g}${String(year % 100).padStart(2, '0')}${rest}`;
}

describe('validatePersonalId (properties)', () => {
  it('should accept every ID built from a birth date, sex and province and decode it back', () => {
    fc.assert(
      fc.property(birthDate, sex, province, serial, (date, holderSex, provinceCode, rest) => {
        const id = buildId(date, holderSex, provinceCode, rest);
        const result = validatePersonalId(id, { birthDate: date, sex: holderSex });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value).toBe(id);
        expect(result.decoded.provinceCode).toBe(provinceCode);
        expect(result.decoded.sex).toBe(holderSex);
        expect(result.decoded.birthYear).toBe(Number(date.slice(0, 4)));
        expect(result.decoded.century).toBe(Math.floor(Number(date.slice(0, 4)) / 100) * 100);
      }),
      RUNS,
    );
  });

  it('should fail with personal_id.year_mismatch after any single change of a year digit', () => {
    fc.assert(
      fc.property(
        birthDate,
        sex,
        province,
        serial,
        fc.constantFrom(4, 5),
        fc.integer({ min: 1, max: 9 }),
        (date, holderSex, provinceCode, rest, position, shift) => {
          const id = buildId(date, holderSex, provinceCode, rest);
          const mutatedDigit = String((Number(id[position]) + shift) % 10);
          const mutated = id.slice(0, position) + mutatedDigit + id.slice(position + 1);
          const result = validatePersonalId(mutated, { birthDate: date, sex: holderSex });
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.issues.map((i) => i.code)).toEqual(['personal_id.year_mismatch']);
        },
      ),
      RUNS,
    );
  });

  it('should fail with personal_id.sex_mismatch when the century digit flips sex', () => {
    fc.assert(
      fc.property(birthDate, sex, province, serial, (date, holderSex, provinceCode, rest) => {
        const id = buildId(date, holderSex, provinceCode, rest);
        const g = Number(id[3]);
        const flipped = `${id.slice(0, 3)}${g % 2 === 0 ? g + 1 : g - 1}${id.slice(4)}`;
        const result = validatePersonalId(flipped, { birthDate: date, sex: holderSex });
        expect(!result.ok && result.issues.map((i) => i.code)).toEqual([
          'personal_id.sex_mismatch',
        ]);
      }),
      RUNS,
    );
  });

  it('should never echo the input in a message', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), birthDate, sex, (id, date, holderSex) => {
        const result = validatePersonalId(id, { birthDate: date, sex: holderSex });
        if (result.ok) return;
        for (const issue of result.issues) expect(issue.message).not.toContain(id.slice(0, 6));
      }),
      RUNS,
    );
  });
});
