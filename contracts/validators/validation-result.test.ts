import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  addValidationIssues,
  invalid,
  validatedString,
  zodIssueCode,
} from './validation-result.ts';

const TABLE = { 'x.bad': 'It is bad', 'x.worse': 'It is worse' } as const;
const validateX = (input: string) =>
  input === 'ok' || input === 'OK'
    ? { ok: true as const, value: 'ok' }
    : invalid(TABLE, ['x.bad', 'x.worse']);

describe('invalid', () => {
  it('should take each message from the table', () => {
    expect(invalid(TABLE, ['x.worse'])).toEqual({
      ok: false,
      issues: [{ code: 'x.worse', message: 'It is worse' }],
    });
  });
});

describe('validatedString', () => {
  const XSchema = validatedString(validateX, { code: 'x.not_normalized', message: 'Write ok' });

  it('should pass what the validator accepts in normalised form', () => {
    expect(XSchema.parse('ok')).toBe('ok');
  });

  it('should turn every validator issue into a custom zod issue with params.code', () => {
    expect(XSchema.safeParse('nope').error?.issues).toEqual([
      { code: 'custom', message: 'It is bad', params: { code: 'x.bad' }, path: [] },
      { code: 'custom', message: 'It is worse', params: { code: 'x.worse' }, path: [] },
    ]);
  });

  it('should refuse a valid but unnormalised value', () => {
    expect(XSchema.safeParse('OK').error?.issues.map(zodIssueCode)).toEqual(['x.not_normalized']);
  });

  it('should keep zod’s own code for non-custom issues', () => {
    expect(XSchema.safeParse(42).error?.issues.map(zodIssueCode)).toEqual(['invalid_type']);
  });
});

describe('addValidationIssues', () => {
  it('should place issues under the given path', () => {
    const schema = z.object({ a: z.string() }).superRefine((_, ctx) => {
      addValidationIssues(ctx, [{ code: 'x.bad', message: 'It is bad' }], ['a']);
    });
    expect(schema.safeParse({ a: '' }).error?.issues[0]?.path).toEqual(['a']);
  });
});
