// Round-trip property: canonical Dossier → DongBoHoSoMC → canonical Dossier, on the portal-representable projection.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierSchema } from '../../contracts/canonical/dossier.ts';
import { PortalDossierSchema } from '../../contracts/wire/national-portal/dossier.ts';
import { dossier, RECEIVING_UNITS } from './arbitraries.ts';
import { CANONICAL_DOSSIER_FIELDS_NOT_CARRIED } from './dossier-coverage.ts';
import { createDossierToPortalMapping } from './dossier-to-portal.ts';
import { createPortalToDossierMapping } from './portal-to-dossier.ts';
import { projectDossier } from './round-trip-projection.ts';

const RUNS = { numRuns: 1000 };

/** The portal names no receiving unit: every code resolves to this one, as configured. */
const configuredUnit = RECEIVING_UNITS[1]!;
const resolveReceivingUnit = () => ({ ok: true as const, value: configuredUnit, warnings: [] });

const toPortal = createDossierToPortalMapping({ provinceSuffix: 'H26' });
const toCanonical = createPortalToDossierMapping({ resolveReceivingUnit });

describe('dossier round trip', () => {
  it('should generate only valid canonical dossiers', () => {
    fc.assert(
      fc.property(dossier(), (d) => {
        expect(DossierSchema.safeParse(d).error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  // Fields the portal cannot carry (CANONICAL_DOSSIER_FIELDS_NOT_CARRIED: substituteCode,
  // procedure.localCode, serviceLevel, submitter, resultDigitized, owner details, fees' paid, …)
  // are compared on the portal-representable projection, not on the original record.
  it('should give back the portal-representable projection of any valid dossier', () => {
    fc.assert(
      fc.property(dossier(), (original) => {
        const portal = toPortal.run(original);
        if (!portal.ok) expect.fail(JSON.stringify(portal.errors));
        expect(PortalDossierSchema.safeParse(portal.value).success).toBe(true);
        const back = toCanonical.run(portal.value);
        if (!back.ok) expect.fail(JSON.stringify(back.errors));
        expect(back.value).toEqual(projectDossier(original, configuredUnit));
      }),
      RUNS,
    );
  });

  it('should be stable after one trip: portal → canonical → portal gives the same portal record', () => {
    fc.assert(
      fc.property(dossier(), (original) => {
        const first = toPortal.run(original);
        if (!first.ok) expect.fail(JSON.stringify(first.errors));
        const back = toCanonical.run(first.value);
        if (!back.ok) expect.fail(JSON.stringify(back.errors));
        const second = toPortal.run(back.value);
        if (!second.ok) expect.fail(JSON.stringify(second.errors));
        expect(second.value).toEqual(first.value);
      }),
      RUNS,
    );
  });

  it('should document every canonical field the projection drops', () => {
    expect(Object.keys(CANONICAL_DOSSIER_FIELDS_NOT_CARRIED)).toEqual(
      expect.arrayContaining(['substituteCode', 'serviceLevel', 'submitter', 'receivingUnit']),
    );
  });
});
