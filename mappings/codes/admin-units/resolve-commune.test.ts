// Tests for resolveCommune: versioned lookup, ambiguity without a version, assumed versions.
import { describe, expect, it } from 'vitest';
import { communeCandidates, resolveCommune } from './resolve-commune.ts';

describe('resolveCommune', () => {
  it('should resolve a code within a given list', () => {
    const r = resolveCommune('00008', '2025-07');
    expect(r).toMatchObject({
      ok: true,
      value: { name: 'Phường Ngọc Hà', listVersion: '2025-07' },
    });
    expect(resolveCommune('00016', '2025-07')).toMatchObject({
      ok: false,
      errors: [{ rule: 'admin_unit.unknown' }],
    });
  });

  it('should refuse a code that names different communes without a version', () => {
    const r = resolveCommune('00008', undefined);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]?.rule).toBe('admin_unit.ambiguous_without_version');
    expect(r.errors[0]?.message).toContain('Phường Liễu Giai (2020-2024, 2025-01)');
    expect(r.errors[0]?.message).toContain('Phường Ngọc Hà (2025-07)');
    expect(communeCandidates('00008').map((u) => u.listVersion)).toEqual([
      '2020-2024',
      '2025-01',
      '2025-07',
    ]);
  });

  it('should also refuse a code renamed on 01/01/2025', () => {
    expect(resolveCommune('00181', undefined)).toMatchObject({
      ok: false,
      errors: [{ rule: 'admin_unit.ambiguous_without_version' }],
    });
  });

  it('should resolve an unversioned code with one meaning, warning when it assumed a list', () => {
    expect(resolveCommune('00010', undefined)).toEqual({
      ok: true,
      value: expect.objectContaining({
        name: 'Phường Nguyễn Trung Trực',
        listVersion: '2020-2024',
      }),
      warnings: [],
    });
    const r = resolveCommune('00001', undefined);
    expect(r).toMatchObject({ ok: true, value: { listVersion: '2025-01' } });
    if (r.ok) expect(r.warnings[0]?.rule).toBe('admin_unit.version_assumed');
  });

  it('should reject malformed and unknown codes', () => {
    expect(resolveCommune('8', '2025-07')).toMatchObject({
      errors: [{ rule: 'admin_unit.invalid_code' }],
    });
    expect(resolveCommune(8, undefined)).toMatchObject({
      errors: [{ rule: 'admin_unit.invalid_code' }],
    });
    expect(resolveCommune('99999', undefined)).toMatchObject({
      errors: [{ rule: 'admin_unit.unknown' }],
    });
    expect(resolveCommune('00008', '2026-01' as never)).toMatchObject({
      errors: [{ rule: 'admin_unit.unknown_list_version' }],
    });
  });
});
