// Tests for the mapping context: paths, issue collection, masking and absorbing sub-results.
import { describe, expect, it } from 'vitest';
import { createContext } from './context.ts';
import { fail, succeed } from './issues.ts';

describe('MappingContext', () => {
  it('should record issues at the path built with at()', () => {
    const ctx = createContext();
    const result = ctx.at('owner').at('idNumber').error('id.bad', 'bad id');
    ctx.at('TaiLieuNop').at(2).at('TenTepDinhKem').warn('text.truncated', 'cut');
    expect(result).toBeUndefined();
    expect(ctx.errors).toEqual([{ path: 'owner.idNumber', rule: 'id.bad', message: 'bad id' }]);
    expect(ctx.warnings[0]?.path).toBe('TaiLieuNop[2].TenTepDinhKem');
    expect(ctx.hasErrors).toBe(true);
  });

  it('should accept a dotted path string', () => {
    const ctx = createContext();
    ctx.at('owner.address').error('x', 'y');
    expect(ctx.errors[0]?.path).toBe('owner.address');
  });

  it('should mask values of personal fields', () => {
    const ctx = createContext();
    ctx.error('id.bad', 'bad', { value: '001099012345', personal: true });
    ctx.error('code.bad', 'bad', { value: '11' });
    expect(ctx.errors.map((e) => e.value)).toEqual(['00********45', '11']);
  });

  it('should rebase the issues of an absorbed result under its path', () => {
    const ctx = createContext();
    const bad = fail<string>([{ path: '', rule: 'code.unknown', message: 'm', value: '11' }]);
    const good = succeed('x', [{ path: 'inner', rule: 'w', message: 'm' }]);
    expect(ctx.at('TrangThaiHoSo').absorb(bad)).toBeUndefined();
    expect(ctx.at('outer').absorb(good)).toBe('x');
    expect(ctx.errors[0]?.path).toBe('TrangThaiHoSo');
    expect(ctx.warnings[0]?.path).toBe('outer.inner');
  });

  it('should produce a failure result once any error is recorded', () => {
    const ctx = createContext();
    ctx.warn('w', 'warning only');
    expect(ctx.toResult(1)).toEqual({ ok: true, value: 1, warnings: [ctx.warnings[0]] });
    ctx.at('a').error('e', 'error');
    expect(ctx.toResult(1).ok).toBe(false);
  });
});
