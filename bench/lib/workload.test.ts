import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierSchema } from '../../contracts/canonical/dossier.ts';
import { DossierEventSchema } from '../../contracts/canonical/dossier-event.ts';
import { validateDossierCode } from '../../contracts/validators/dossier-code.ts';
import { dossierBody, dossierCode, eventBody, eventContent, eventIndex } from './workload.ts';

describe('dossierCode', () => {
  it('should give valid codes of the H26 province', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 * 365 * 9999 - 1 }), (i) => {
        const code = dossierCode(i);
        expect(validateDossierCode(code)).toMatchObject({ ok: true, value: code });
        expect(code).toMatch(/^\d{3}\.00\.00\.H26-\d{6}-\d{4}$/);
      }),
      { numRuns: 500 },
    );
  });

  it('should give a different code to every index', () => {
    const codes = new Set(Array.from({ length: 50_000 }, (_, i) => dossierCode(i * 7)));
    expect(codes.size).toBe(50_000);
  });

  it('should vary the unit part first, then the date', () => {
    expect(dossierCode(0)).toBe('000.00.00.H26-250101-0001');
    expect(dossierCode(1)).toBe('001.00.00.H26-250101-0001');
    expect(dossierCode(1000)).toBe('000.00.00.H26-250102-0001');
    expect(dossierCode(1000 * 365)).toBe('000.00.00.H26-250101-0002');
  });

  it('should refuse indexes with no code', () => {
    expect(() => dossierCode(-1)).toThrow(RangeError);
    expect(() => dossierCode(1000 * 365 * 9999)).toThrow(RangeError);
  });
});

describe('dossierBody and eventBody', () => {
  it('should build canonical records the gateway accepts', () => {
    const code = dossierCode(42);
    expect(DossierSchema.safeParse(dossierBody(code)).success).toBe(true);
    for (const k of [1, 2, 3, 100]) {
      const parsed = DossierEventSchema.safeParse(eventBody(code, k));
      expect(parsed.success).toBe(true);
      expect(parsed.data?.dossierCode).toBe(code);
    }
  });

  it('should give events rising timestamps a minute apart', () => {
    const at = [1, 2, 3, 61].map((k) => Date.parse(eventBody('000.00.00.H26-250101-0001', k).at));
    expect(at[1]! - at[0]!).toBe(60_000);
    expect(at[2]! - at[1]!).toBe(60_000);
    expect(at[3]! - at[0]!).toBe(60 * 60_000);
  });
});

describe('eventIndex', () => {
  it('should read back the index of eventContent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (k) => {
        expect(eventIndex(eventContent(k))).toBe(k);
      }),
      { numRuns: 200 },
    );
  });

  it('should answer undefined for other content', () => {
    expect(eventIndex('Tiếp nhận hồ sơ')).toBeUndefined();
    expect(eventIndex(undefined)).toBeUndefined();
    expect(eventIndex(3)).toBeUndefined();
  });
});
