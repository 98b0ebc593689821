import { describe, expect, it } from 'vitest';
import { addMonths, kpiValues, monthOf, monthRange } from './kpi.ts';

const counts = {
  received: 10,
  online: 8,
  digitized_components: 7,
  finished: 4,
  on_time: 4,
  result_digitized: 3,
  synced: 10,
};

describe('kpiValues', () => {
  it('should divide by the right denominators and judge against the targets', () => {
    const values = kpiValues(counts, { onlineShare: 0.8, onTimeRate: 0.95, resultDigitized: 0.9 });
    const byKey = Object.fromEntries(values.map((v) => [v.key, v]));
    expect(byKey.onlineShare).toMatchObject({ count: 8, total: 10, ratio: 0.8, pass: true });
    expect(byKey.onTimeRate).toMatchObject({ count: 4, total: 4, ratio: 1, pass: true });
    expect(byKey.resultDigitized).toMatchObject({ count: 3, total: 4, ratio: 0.75, pass: false });
    expect(byKey.digitizedComponents).toMatchObject({ ratio: 0.7, target: null, pass: null });
    expect(byKey.syncedToPortal).toMatchObject({ ratio: 1, pass: null });
  });

  it('should give no ratio and no verdict without a denominator', () => {
    const [, onTime] = kpiValues({ ...counts, finished: 0, on_time: 0 }, { onTimeRate: 0.9 });
    expect(onTime).toMatchObject({ key: 'onTimeRate', ratio: null, pass: null });
  });
});

describe('month ranges', () => {
  it('should read months in Hanoi time', () => {
    expect(monthOf(new Date('2026-01-31T16:59:59Z'))).toBe('2026-01');
    expect(monthOf(new Date('2026-01-31T17:00:00Z'))).toBe('2026-02');
  });

  it('should add months across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-11', 3)).toBe('2026-02');
  });

  it('should default to the last six months and order a reversed range', () => {
    const now = new Date('2026-03-10T00:00:00Z');
    expect(monthRange(now, {})).toEqual({ from: '2025-10', to: '2026-03' });
    expect(monthRange(now, { from: '2026-02', to: '2025-12' })).toEqual({
      from: '2025-12',
      to: '2026-02',
    });
    expect(monthRange(now, { from: '2026-13', to: 'x' })).toEqual({
      from: '2025-10',
      to: '2026-03',
    });
  });
});
