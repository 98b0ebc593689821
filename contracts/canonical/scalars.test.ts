import { describe, expect, it } from 'vitest';
import {
  CalendarDateSchema,
  CodeSchema,
  HttpUrlSchema,
  InstantSchema,
  NationalProcedureCodeSchema,
  TextSchema,
  VndSchema,
} from './scalars.ts';

describe('canonical scalars', () => {
  it('should accept instants only with an offset or Z', () => {
    expect(InstantSchema.safeParse('2025-03-14T09:30:00+07:00').success).toBe(true);
    expect(InstantSchema.safeParse('2025-03-14T02:30:00Z').success).toBe(true);
    expect(InstantSchema.safeParse('2025-03-14T09:30:00').success).toBe(false);
    expect(InstantSchema.safeParse('20250314093000').success).toBe(false);
  });

  it('should accept only real calendar dates', () => {
    expect(CalendarDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(CalendarDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(CalendarDateSchema.safeParse('12/05/1990').success).toBe(false);
  });

  it('should take codes as non-empty strings without spaces, never numbers', () => {
    expect(CodeSchema.safeParse('G03-GD10').success).toBe(true);
    expect(CodeSchema.safeParse('').success).toBe(false);
    expect(CodeSchema.safeParse('a b').success).toBe(false);
    expect(CodeSchema.safeParse(7).success).toBe(false);
  });

  it('should refuse empty text', () => {
    expect(TextSchema.safeParse('').success).toBe(false);
  });

  it('should take money as whole non-negative VND', () => {
    expect(VndSchema.safeParse(50000).success).toBe(true);
    expect(VndSchema.safeParse(0).success).toBe(true);
    expect(VndSchema.safeParse(100.5).success).toBe(false);
    expect(VndSchema.safeParse(-1).success).toBe(false);
    expect(VndSchema.safeParse('50000').success).toBe(false);
  });

  it('should accept http(s) URLs only', () => {
    expect(HttpUrlSchema.safeParse('https://files.example.vn/a.pdf').success).toBe(true);
    expect(HttpUrlSchema.safeParse('ftp://files.example.vn/a.pdf').success).toBe(false);
  });

  it('should accept national procedure codes like 1.001776 but not local variants', () => {
    expect(NationalProcedureCodeSchema.safeParse('1.001776').success).toBe(true);
    expect(NationalProcedureCodeSchema.safeParse('1.001776.000.00.00.H56').success).toBe(false);
    expect(NationalProcedureCodeSchema.safeParse('1001776').success).toBe(false);
  });
});
