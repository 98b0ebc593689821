// Tests that the mappings entry point re-exports the engine and the code tables.
import { describe, expect, it } from 'vitest';
import * as mappings from './index.ts';

describe('mappings index', () => {
  it('should expose the engine and the code tables from one entry point', () => {
    expect(typeof mappings.defineMapping).toBe('function');
    expect(typeof mappings.portalToIso).toBe('function');
    expect(typeof mappings.uncoveredFields).toBe('function');
    expect(mappings.trangThaiHoSoCodes.name).toBe('TrangThaiHoSo');
    expect(typeof mappings.migrateCommuneTo2025).toBe('function');
    expect(mappings.ADMIN_LIST_VERSIONS).toEqual(['2020-2024', '2025-01', '2025-07']);
  });
});
