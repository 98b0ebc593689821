// Tests of canonical DossierEvent → one-stop QuaTrinhXuLy and the event round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleDossierEvent } from '../../contracts/canonical/examples.ts';
import { invalidCoverageEntries, uncoveredFields } from '../engine/coverage.ts';
import { oneStopEvent } from './arbitraries.ts';
import { oneStopEventToCanonical as toCanonical } from './event-to-canonical.ts';
import {
  oneStopEventToOneStopCoverage as coverage,
  oneStopEventToOneStop as toOneStop,
} from './event-to-one-stop.ts';
import sectorEvent from './fixtures/event-from-sector.canonical.json' with { type: 'json' };
import sectorEventWire from './fixtures/event-from-sector.one-stop.json' with { type: 'json' };

describe('one-stop.event.to-one-stop', () => {
  it('should map a canonical event to its golden QuaTrinhXuLy, at +07:00 and without sequence', () => {
    expect(toOneStop.run(sectorEvent)).toEqual({ ok: true, value: sectorEventWire, warnings: [] });
  });

  it('should map the canonical example event', () => {
    const result = toOneStop.run(exampleDossierEvent);
    expect(result.ok && result.value).toMatchObject({
      NguoiXuLy: 'Cán bộ một cửa',
      TrangThai: '2',
    });
  });

  it('should refuse an event without an officer name', () => {
    const result = toOneStop.run({ ...sectorEvent, actor: {} });
    expect(!result.ok && result.errors.map((e) => [e.path, e.rule])).toEqual([
      ['actor.name', 'value.required'],
    ]);
  });

  it('should refuse an event that is not canonical without throwing', () => {
    const result = toOneStop.run({ ...sectorEvent, status: 'done' });
    expect(!result.ok && result.errors.map((e) => [e.path, e.rule])).toEqual([
      ['status', 'schema.invalid_value'],
    ]);
  });

  it('should round-trip canonical → QuaTrinhXuLy → canonical', () => {
    fc.assert(
      fc.property(oneStopEvent, (event) => {
        const wire = toOneStop.run(event);
        expect(wire.ok).toBe(true);
        if (!wire.ok) return;
        expect(toCanonical.run(wire.value)).toEqual({ ok: true, value: event, warnings: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('should cover every wire field', () => {
    expect(uncoveredFields(coverage)).toEqual([]);
    expect(invalidCoverageEntries(coverage)).toEqual([]);
  });
});
