// Tests for wire-field coverage: path enumeration, uncovered fields and declaration mistakes.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  declareCoverage,
  invalidCoverageEntries,
  uncoveredFields,
  wireFieldPaths,
} from './coverage.ts';

const Wire = z.object({
  MaHoSo: z.string(),
  GhiChu: z.string().optional(),
  Tags: z.array(z.string()),
  DinhDanhCHS: z.array(z.object({ LoaiDinhDanh: z.string(), SoDinhDanh: z.string() })).nullable(),
  ChuHoSo: z.object({ HoTen: z.string(), DiaChi: z.object({ MaXa: z.string() }) }),
  Gia: z.string().transform(Number),
  Kieu: z.union([z.object({ A: z.string() }), z.object({ B: z.string() })]),
});

describe('wireFieldPaths', () => {
  it('should list nested objects with dots and array items with []', () => {
    expect(wireFieldPaths(Wire)).toEqual([
      'MaHoSo',
      'GhiChu',
      'Tags',
      'DinhDanhCHS',
      'DinhDanhCHS[].LoaiDinhDanh',
      'DinhDanhCHS[].SoDinhDanh',
      'ChuHoSo',
      'ChuHoSo.HoTen',
      'ChuHoSo.DiaChi',
      'ChuHoSo.DiaChi.MaXa',
      'Gia',
      'Kieu',
      'Kieu.A',
      'Kieu.B',
    ]);
  });
});

describe('uncoveredFields', () => {
  it('should list leaf fields neither mapped nor ignored', () => {
    const coverage = declareCoverage(Wire, {
      mapped: ['MaHoSo', 'DinhDanhCHS[].SoDinhDanh', 'ChuHoSo.HoTen'],
      ignored: { Tags: 'not used by the portal' },
    });
    expect(uncoveredFields(coverage)).toEqual([
      'GhiChu',
      'DinhDanhCHS[].LoaiDinhDanh',
      'ChuHoSo.DiaChi.MaXa',
      'Gia',
      'Kieu.A',
      'Kieu.B',
    ]);
  });

  it('should treat a listed container as covering everything below it', () => {
    const coverage = declareCoverage(Wire, {
      mapped: ['MaHoSo', 'GhiChu', 'Tags', 'DinhDanhCHS[]', 'Gia', 'Kieu'],
      ignored: { ChuHoSo: 'owner comes from the population lookup' },
    });
    expect(uncoveredFields(coverage)).toEqual([]);
  });
});

describe('invalidCoverageEntries', () => {
  it('should flag unknown fields, double listings and missing reasons', () => {
    const coverage = declareCoverage(Wire, {
      mapped: ['MaHoSo', 'MaHoSoo', 'GhiChu'],
      ignored: { GhiChu: 'free text', Tags: ' ' },
    });
    expect(invalidCoverageEntries(coverage)).toEqual([
      'MaHoSoo: not a field of the wire schema',
      'GhiChu: both mapped and ignored',
      'Tags: ignored without a reason',
    ]);
  });

  it('should accept container paths with or without []', () => {
    const coverage = declareCoverage(Wire, {
      mapped: ['DinhDanhCHS', 'DinhDanhCHS[]'],
      ignored: {},
    });
    expect(invalidCoverageEntries(coverage)).toEqual([]);
  });
});
