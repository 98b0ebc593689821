import { describe, expect, it } from 'vitest';
import { exampleProcedure } from './examples.ts';
import { ProcedureSchema } from './procedure.ts';

describe('ProcedureSchema', () => {
  it('should accept the example procedure', () => {
    expect(ProcedureSchema.parse(exampleProcedure)).toEqual(exampleProcedure);
  });

  it('should keep a percentage fee, whose amount need not be whole', () => {
    const channels = [
      {
        channel: 'in_person',
        timings: [{ duration: 3, unit: 'Ngày', fees: [{ amount: 0.5, unit: '%' }] }],
      },
    ];
    expect(ProcedureSchema.safeParse({ ...exampleProcedure, channels }).success).toBe(true);
  });

  it('should refuse a channel number instead of the canonical channel', () => {
    const channels = [{ channel: 2, timings: [] }];
    expect(ProcedureSchema.safeParse({ ...exampleProcedure, channels }).success).toBe(false);
  });

  it('should refuse a fractional processing time and a bad agency e-ID', () => {
    const channels = [{ channel: 'online', timings: [{ duration: 1.5, unit: 'Ngày', fees: [] }] }];
    expect(ProcedureSchema.safeParse({ ...exampleProcedure, channels }).success).toBe(false);
    const agencies = [{ eId: 'H26', name: 'UBND' }];
    expect(ProcedureSchema.safeParse({ ...exampleProcedure, agencies }).success).toBe(false);
  });

  it('should require published as a boolean', () => {
    expect(ProcedureSchema.safeParse({ ...exampleProcedure, published: 1 }).success).toBe(false);
  });
});
