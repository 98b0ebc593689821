// Tests that the one-stop entry point exposes every mapping with a distinct id.
import { describe, expect, it } from 'vitest';
import * as oneStop from './index.ts';

const isMapping = (value: unknown): value is { id: string } =>
  typeof value === 'object' && value !== null && 'run' in value && 'id' in value;

describe('one-stop mappings index', () => {
  it('should expose the mappings under distinct one-stop ids', () => {
    const ids = (Object.values(oneStop) as unknown[])
      .filter(isMapping)
      .map((m) => m.id)
      .sort();
    expect(ids).toEqual([
      'one-stop.dossier.to-canonical',
      'one-stop.dossier.to-one-stop',
      'one-stop.event.to-canonical',
      'one-stop.event.to-one-stop',
      'one-stop.portal-feedback.to-one-stop',
      'one-stop.procedure.to-one-stop',
      'one-stop.result-push.to-canonical',
      'one-stop.result-push.to-one-stop',
    ]);
    expect(typeof oneStop.dossierProjection).toBe('function');
  });
});
