// Tests for defineMapping: input schema, map errors, output schema and exceptions as data.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineMapping } from './define-mapping.ts';
import { portalToIso } from './transforms/dates.ts';

const Wire = z.object({ MaHoSo: z.string(), NgayNop: z.string(), SoGiayTo: z.string() });
const Canonical = z.object({ code: z.string(), submittedAt: z.string(), idNumber: z.string() });

const toCanonical = defineMapping({
  id: 'test.dossier.to-canonical',
  version: 1,
  from: Wire,
  to: Canonical,
  map: (input, ctx) => ({
    code: input.MaHoSo,
    submittedAt: portalToIso(input.NgayNop, ctx.at('NgayNop')),
    idNumber: input.SoGiayTo,
  }),
});

const good = { MaHoSo: 'H1', NgayNop: '20240229103000', SoGiayTo: '001099012345' };

describe('defineMapping', () => {
  it('should expose id and version', () => {
    expect(toCanonical.id).toBe('test.dossier.to-canonical');
    expect(toCanonical.version).toBe(1);
  });

  it('should map valid input to a validated value', () => {
    expect(toCanonical.run(good)).toEqual({
      ok: true,
      value: { code: 'H1', submittedAt: '2024-02-29T10:30:00+07:00', idNumber: '001099012345' },
      warnings: [],
    });
  });

  it('should turn input schema issues into schema.<code> field issues without calling map', () => {
    let called = false;
    const m = defineMapping({
      id: 't',
      version: 1,
      from: Wire,
      map: () => {
        called = true;
        return 1;
      },
    });
    const result = m.run({ MaHoSo: 7, NgayNop: '20240229103000' });
    expect(called).toBe(false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, e.rule])).toEqual([
      ['MaHoSo', 'schema.invalid_type'],
      ['SoGiayTo', 'schema.invalid_type'],
    ]);
  });

  it('should fail with the transform errors collected by ctx', () => {
    const result = toCanonical.run({ ...good, NgayNop: '20240231000000' });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'NgayNop',
          rule: 'date.invalid_calendar_date',
          message: 'not a real calendar date',
          value: '20240231000000',
        },
      ],
    });
  });

  it('should report an output schema failure as output.<code>, not throw', () => {
    const buggy = defineMapping({
      id: 'buggy',
      version: 2,
      to: Canonical,
      map: (_input: unknown) => ({ code: 'x', submittedAt: 'y' }),
    });
    const result = buggy.run({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ path: 'idNumber', rule: 'output.invalid_type' }),
    ]);
  });

  it('should catch an exception from map as mapping.exception without its message', () => {
    const throwing = defineMapping({
      id: 'throws',
      version: 3,
      map: (input: { id: string }) => {
        throw new TypeError(`cannot handle ${input.id}`);
      },
    });
    const result = throwing.run({ id: '001099012345' });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: '', rule: 'mapping.exception', message: 'mapping throws v3 threw TypeError' },
      ],
    });
  });

  it('should keep warnings on success', () => {
    const warns = defineMapping({
      id: 'warns',
      version: 1,
      map: (input: string, ctx) => {
        ctx.at('x').warn('text.truncated', 'cut');
        return input;
      },
    });
    expect(warns.run('a')).toEqual({
      ok: true,
      value: 'a',
      warnings: [{ path: 'x', rule: 'text.truncated', message: 'cut' }],
    });
  });
});
