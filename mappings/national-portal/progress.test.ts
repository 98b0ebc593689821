// Tests for progress events ⇄ CapNhatTienDoHoSoMC items: batches of 10, NguoiXuLy rules, reverse, round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleDossierEvent } from '../../contracts/canonical/examples.ts';
import { PortalCapNhatTienDoHoSoMCParamsSchema } from '../../contracts/wire/national-portal/progress.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import { dossierEvent } from './arbitraries.ts';
import events from './fixtures/progress-events.canonical.json' with { type: 'json' };
import eventsExpected from './fixtures/progress-events.portal.expected.json' with { type: 'json' };
import itemExpected from './fixtures/progress-item.canonical.expected.json' with { type: 'json' };
import item from './fixtures/progress-item.portal.json' with { type: 'json' };
import { portalToProgress, portalToProgressCoverage } from './portal-to-progress.ts';
import {
  DEFAULT_NGUOI_XU_LY,
  progressBatches,
  progressToPortal,
  progressToPortalCoverage,
} from './progress-to-portal.ts';
import { projectEvent } from './round-trip-projection.ts';

const RUNS = { numRuns: 1000 };

describe('progressBatches', () => {
  it('should map the golden events into batches of 10 and 2, in order', () => {
    expect(progressBatches(events)).toEqual(eventsExpected);
  });

  it('should give valid CapNhatTienDoHoSoMC data of at most 10 items for any number of events', () => {
    fc.assert(
      fc.property(fc.array(dossierEvent, { maxLength: 35 }), (list) => {
        const result = progressBatches(list);
        if (!result.ok) expect.fail(JSON.stringify(result.errors));
        expect(result.value).toHaveLength(Math.ceil(list.length / 10));
        for (const data of result.value) {
          expect(PortalCapNhatTienDoHoSoMCParamsSchema.safeParse({ data }).success).toBe(true);
        }
        expect(result.value.flat().map((i) => i.MaHoSo)).toEqual(list.map((e) => e.dossierCode));
      }),
      { numRuns: 200 },
    );
  });

  it('should give no batch for no events', () => {
    expect(progressBatches([])).toEqual({ ok: true, value: [], warnings: [] });
  });

  it('should fail the whole call on one bad event, naming it, so no event overtakes it', () => {
    const bad = { ...exampleDossierEvent, status: 'closed' };
    const result = progressBatches([exampleDossierEvent, bad, exampleDossierEvent]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, e.rule])).toEqual([
      ['[1].status', 'schema.invalid_value'],
    ]);
  });
});

describe('progressToPortal', () => {
  it('should default NguoiXuLy to "Chuyên viên" and truncate it to 50 with warnings', () => {
    const defaulted = progressToPortal.run({ ...exampleDossierEvent, actor: {} });
    expect(defaulted).toMatchObject({ ok: true, value: { NguoiXuLy: DEFAULT_NGUOI_XU_LY } });
    const long = 'Nguyễn Thị Phương Thảo – Phó Chủ tịch Ủy ban nhân dân phường Hồng Hà';
    const cut = progressToPortal.run({ ...exampleDossierEvent, actor: { name: long } });
    if (!cut.ok) expect.fail('should map');
    expect(cut.value.NguoiXuLy).toBe(Array.from(long).slice(0, 50).join('').trimEnd());
    expect(cut.warnings.map((w) => [w.path, w.rule, w.value?.slice(0, 2)])).toEqual([
      ['actor.name', 'text.truncated', 'Ng'],
    ]);
  });

  it('should take TrangThai from the status table and dates at +07:00', () => {
    const result = progressToPortal.run({
      ...exampleDossierEvent,
      status: 'awaiting_supplement',
      at: '2025-03-14T02:30:00Z',
    });
    expect(result).toMatchObject({
      ok: true,
      value: { TrangThai: '5', ThoiDiemXuLy: '20250314093000' },
    });
  });

  it('should map NFD and NFC officer names identically', () => {
    const name = 'Bùi Thị Hường';
    const a = progressToPortal.run({ ...exampleDossierEvent, actor: { name } });
    const b = progressToPortal.run({
      ...exampleDossierEvent,
      actor: { name: name.normalize('NFD') },
    });
    expect(b).toEqual(a);
  });
});

describe('portalToProgress', () => {
  it('should map the golden item, naming the status when NoiDungXuLy is empty', () => {
    expect(portalToProgress.run(item)).toEqual(itemExpected);
  });

  it('should give field errors for 31 February, an unknown TrangThai and a bad MaHoSo', () => {
    const run = (patch: object) => {
      const r = portalToProgress.run({ ...item, ...patch });
      return r.ok ? [] : r.errors.map((e) => [e.path, e.rule]);
    };
    expect(run({ ThoiDiemXuLy: '20240231090000' })).toEqual([['ThoiDiemXuLy', 'schema.custom']]);
    expect(run({ TrangThai: '0' })).toEqual([['TrangThai', 'schema.invalid_value']]);
    expect(run({ MaHoSo: '000.00.97.H26-250732-0042' })).toEqual([
      ['MaHoSo', 'dossier_code.invalid_date'],
    ]);
  });
});

describe('progress round trip', () => {
  // `sequence` has no portal field and NguoiXuLy is defaulted and cut to 50 characters, so the
  // comparison is on the portal-representable projection of the event.
  it('should give back the portal-representable projection of any valid event', () => {
    fc.assert(
      fc.property(dossierEvent, (event) => {
        const portal = progressToPortal.run(event);
        if (!portal.ok) expect.fail(JSON.stringify(portal.errors));
        const back = portalToProgress.run(portal.value);
        if (!back.ok) expect.fail(JSON.stringify(back.errors));
        expect(back.value).toEqual(projectEvent(event));
      }),
      RUNS,
    );
  });
});

describe('progress coverage', () => {
  it('should map every CapNhatTienDoHoSoMC item field both ways', () => {
    for (const coverage of [progressToPortalCoverage, portalToProgressCoverage]) {
      expect(uncoveredFields(coverage)).toEqual([]);
      expect(invalidCoverageEntries(coverage)).toEqual([]);
    }
  });
});
