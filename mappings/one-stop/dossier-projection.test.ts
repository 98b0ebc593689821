// Tests of the gateway's dossier summary.
import { describe, expect, it } from 'vitest';
import { DossierSchema } from '../../contracts/canonical/dossier.ts';
import { dossierProjection } from './dossier-projection.ts';
import district from './fixtures/hoso-district-2025-01.canonical.json' with { type: 'json' };
import ward from './fixtures/hoso-ward-2025-07.canonical.json' with { type: 'json' };

describe('dossierProjection', () => {
  it('should summarise a finished district dossier', () => {
    expect(dossierProjection(DossierSchema.parse(district))).toEqual({
      code: '000.01.01.H26-250612-0107',
      procedure_code: '1.001612',
      status: 'returned',
      channel: 'in_person',
      received_at: '2025-06-12T14:10:00+07:00',
      due_at: '2025-06-26T17:00:00+07:00',
      finished_at: '2025-06-24T16:00:00+07:00',
      admin_level: 'district',
      admin_unit: '001',
    });
  });

  it('should give null for dates the dossier does not have and the national procedure code', () => {
    const projection = dossierProjection(DossierSchema.parse(ward));
    expect(projection).toMatchObject({
      procedure_code: '1.001193',
      finished_at: null,
      admin_unit: '00097',
    });
    expect(projection.received_at).toBe('2025-07-10T09:20:00+07:00');
  });
});
