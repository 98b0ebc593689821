// Tests for migrateCommuneTo2025: whole moves, splits, unmapped codes and the SOURCES.md counts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adminUnitsOf, lookupAdminUnit } from './lists.ts';
import { mappedOldCommuneCodes, migrateCommuneTo2025 } from './migrate-commune.ts';

const RUNS = { numRuns: 1000 };

describe('migrateCommuneTo2025', () => {
  it('should move a whole commune to its one successor', () => {
    expect(migrateCommuneTo2025('00001', '2025-01')).toEqual({
      kind: 'moved',
      from: { code: '00001', listVersion: '2025-01', name: 'Phường Phúc Xá' },
      to: { code: '00097', listVersion: '2025-07', name: 'Phường Hồng Hà' },
    });
  });

  it('should list the candidates of a split and label the heuristic as unofficial', () => {
    const m = migrateCommuneTo2025('00007', '2025-01');
    expect(m).toMatchObject({
      kind: 'split',
      candidates: [
        { code: '00008', listVersion: '2025-07', name: 'Phường Ngọc Hà' },
        { code: '00025', listVersion: '2025-07', name: 'Phường Giảng Võ' },
      ],
      heuristic: { code: '00008', official: false },
    });
    if (m.kind === 'split') expect(m.heuristic.source).toContain('heuristic');
    expect(m).not.toHaveProperty('to');
  });

  it('should report 2020-2024 codes dropped on 01/01/2025 as unmapped', () => {
    expect(migrateCommuneTo2025('00010', '2020-2024')).toEqual({
      kind: 'unmapped',
      reason: 'dropped_2025_01',
    });
  });

  it('should bridge a surviving 2020-2024 code through its 2025-01 commune', () => {
    expect(migrateCommuneTo2025('00181', '2020-2024')).toMatchObject({
      from: { name: 'Phường Văn Miếu', listVersion: '2020-2024' },
      via: { code: '00181', listVersion: '2025-01', name: 'Phường Văn Miếu - Quốc Tử Giám' },
    });
  });

  it('should report codes that are no commune of the given list as unmapped', () => {
    expect(migrateCommuneTo2025('00016', '2025-07')).toEqual({
      kind: 'unmapped',
      reason: 'not_in_list',
    });
    expect(migrateCommuneTo2025('001', '2025-01')).toEqual({
      kind: 'unmapped',
      reason: 'not_in_list',
    });
    expect(migrateCommuneTo2025('00008', '2025-07')).toEqual({
      kind: 'current',
      to: { code: '00008', listVersion: '2025-07', name: 'Phường Ngọc Hà' },
    });
  });

  it('should hold the SOURCES.md counts: 526 keys, 327 whole, 199 split, 795 pairs', () => {
    const results = mappedOldCommuneCodes().map((c) => migrateCommuneTo2025(c, '2025-01'));
    expect(results).toHaveLength(526);
    expect(results.filter((r) => r.kind === 'moved')).toHaveLength(327);
    const splits = results.filter((r) => r.kind === 'split');
    expect(splits).toHaveLength(199);
    const pairs = splits.reduce((n, r) => n + r.candidates.length, 327);
    expect(pairs).toBe(795);
    expect(splits.every((r) => r.candidates.length >= 2 && r.candidates.length <= 5)).toBe(true);
  });

  it('should map every 2025-01 commune, and no dropped code, to an existing 2025-07 commune', () => {
    const codes = mappedOldCommuneCodes();
    expect(new Set(codes)).toEqual(new Set(adminUnitsOf('2025-01', 'commune').map((u) => u.code)));
    fc.assert(
      fc.property(fc.constantFrom(...codes), (code) => {
        const m = migrateCommuneTo2025(code, '2025-01');
        const targets =
          m.kind === 'moved' ? [m.to] : m.kind === 'split' ? [...m.candidates, m.heuristic] : [];
        expect(targets.length).toBeGreaterThan(0);
        for (const t of targets) {
          expect(lookupAdminUnit(t.code, '2025-07')).toMatchObject({
            level: 'commune',
            name: t.name,
          });
        }
        if (m.kind === 'split') {
          expect(m.candidates.map((c) => c.code)).toContain(m.heuristic.code);
        }
      }),
      RUNS,
    );
  });
});
