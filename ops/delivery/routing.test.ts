// Route resolution: kinds, sources, sector and portal conditions, no echo to the source.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Route, resolveTargets } from './routing.ts';

const routes: Route[] = [
  { kind: 'dossier', from: 'one-stop', to: ['national-portal'], whenPortalIntegrated: true },
  { kind: 'dossier', from: 'one-stop', to: ['education'], whenSector: ['G03-'] },
  { kind: 'dossier', from: 'one-stop', to: ['health'], whenSector: ['Y-'] },
  { kind: 'result', from: '*', to: ['one-stop', 'national-portal'] },
];

describe('resolveTargets', () => {
  it('should send an integrated education dossier to the portal and the education system', () => {
    expect(
      resolveTargets(routes, {
        kind: 'dossier',
        source: 'one-stop',
        sectorCode: 'G03-GD10',
        portalIntegrated: true,
      }),
    ).toEqual(['national-portal', 'education']);
  });

  it('should not send a procedure that is not integrated to the portal', () => {
    expect(
      resolveTargets(routes, { kind: 'dossier', source: 'one-stop', sectorCode: 'G03-GD10' }),
    ).toEqual(['education']);
  });

  it('should never route a message back to its source', () => {
    expect(resolveTargets(routes, { kind: 'result', source: 'one-stop' })).toEqual([
      'national-portal',
    ]);
    expect(resolveTargets(routes, { kind: 'result', source: 'education' })).toEqual([
      'one-stop',
      'national-portal',
    ]);
  });

  it('should return each target at most once for any facts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('dossier', 'progress', 'result') as fc.Arbitrary<
          'dossier' | 'progress' | 'result'
        >,
        fc.constantFrom('one-stop', 'education', 'x'),
        fc.option(fc.constantFrom('G03-GD10', 'Y-01', 'T-1'), { nil: undefined }),
        fc.boolean(),
        (kind, source, sectorCode, portalIntegrated) => {
          const targets = resolveTargets([...routes, ...routes], {
            kind,
            source,
            sectorCode,
            portalIntegrated,
          });
          expect(new Set(targets).size).toBe(targets.length);
          expect(targets).not.toContain(source);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
