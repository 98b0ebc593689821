// Tests for the mapping registry: every system's mappings, unique ids, lookups, safe runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPopulationFixture } from '../contracts/wire/population/fixtures.ts';
import {
  createMappingRegistry,
  getMapping,
  listMappings,
  MAPPING_SYSTEMS,
  SANDBOX_REGISTRY_OPTIONS,
} from './registry.ts';

const EXPECTED_IDS = [
  'one-stop.dossier.to-canonical',
  'one-stop.dossier.to-one-stop',
  'one-stop.event.to-canonical',
  'one-stop.event.to-one-stop',
  'one-stop.portal-feedback.to-one-stop',
  'one-stop.procedure.to-one-stop',
  'one-stop.result-push.to-canonical',
  'one-stop.result-push.to-one-stop',
  'national-portal.dossier.to-portal',
  'national-portal.dossier.to-canonical',
  'national-portal.progress.to-portal',
  'national-portal.progress.to-canonical',
  'national-portal.lookup.to-canonical',
  'national-portal.procedure.to-canonical',
  'national-portal.procedure-summary.to-canonical',
  'education.dossier.to-education',
  'education.dossier.to-canonical',
  'education.result.to-canonical',
  'health.birth-submission.to-health',
  'health.birth-submission.to-canonical',
  'health.result.to-canonical',
  'health.birth-certificate.to-canonical',
  'population.lookup.to-population',
  'population.citizen.to-canonical',
  'business.enterprise.to-canonical',
];

describe('mapping registry', () => {
  it('should list every mapping of every system once, by id', () => {
    const ids = listMappings().map((m) => m.id);
    expect(ids).toEqual(EXPECTED_IDS);
    expect(new Set(listMappings().map((m) => m.system))).toEqual(new Set(MAPPING_SYSTEMS));
    for (const entry of listMappings()) {
      expect(entry.id.startsWith(`${entry.system}.`)).toBe(true);
      expect(entry.mapping.id).toBe(entry.id);
      expect(entry.version).toBeGreaterThanOrEqual(1);
    }
  });

  it('should find a mapping by id and nothing for an unknown id', () => {
    expect(getMapping('business.enterprise.to-canonical')?.system).toBe('business');
    expect(getMapping('business.enterprise')).toBeUndefined();
  });

  it('should run a mapping found by id', () => {
    const input = JSON.parse(
      readFileSync(new URL('./education/fixtures/dossier.input.json', import.meta.url), 'utf8'),
    );
    const result = getMapping('education.dossier.to-education')?.mapping.run(input);
    expect(result?.ok).toBe(true);
  });

  it('should turn a population XML answer into the mapping input', () => {
    const entry = getMapping('population.citizen.to-canonical');
    const input = entry?.fromXml?.(readPopulationFixture('not-found'));
    expect(entry?.mapping.run(input)).toEqual({
      ok: true,
      value: { outcome: 'not_found' },
      warnings: [],
    });
  });

  it('should answer junk input with field errors from every mapping, never an exception', () => {
    for (const { mapping } of listMappings()) {
      for (const junk of [undefined, null, 42, 'x', [], {}]) {
        const result = mapping.run(junk);
        expect(result.ok).toBe(false);
      }
    }
  });

  it('should build with other deployment options, refusing a malformed province suffix', () => {
    const registry = createMappingRegistry({ ...SANDBOX_REGISTRY_OPTIONS, health: { maDonVi: 7 } });
    expect(registry.listMappings()).toHaveLength(EXPECTED_IDS.length);
    expect(() =>
      createMappingRegistry({ ...SANDBOX_REGISTRY_OPTIONS, provinceSuffix: 'HN' }),
    ).toThrow(TypeError);
  });
});
