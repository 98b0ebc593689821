import { describe, expect, it } from 'vitest';
import { zodIssueCode } from '../validators/validation-result.ts';
import { DossierEventSchema } from './dossier-event.ts';
import { exampleDossierEvent } from './examples.ts';

describe('DossierEventSchema', () => {
  it('should accept the example event', () => {
    expect(DossierEventSchema.parse(exampleDossierEvent)).toEqual(exampleDossierEvent);
  });

  it('should accept an event with an empty actor (the portal defaults the officer)', () => {
    expect(DossierEventSchema.safeParse({ ...exampleDossierEvent, actor: {} }).success).toBe(true);
  });

  it('should refuse a bad dossier code with its validator code', () => {
    const result = DossierEventSchema.safeParse({ ...exampleDossierEvent, dossierCode: 'HS-1' });
    expect(result.error?.issues.map(zodIssueCode)).toEqual(['dossier_code.invalid_format']);
  });

  it('should refuse a local time without offset and an empty content', () => {
    expect(
      DossierEventSchema.safeParse({ ...exampleDossierEvent, at: '2025-03-14T09:30:00' }).success,
    ).toBe(false);
    expect(DossierEventSchema.safeParse({ ...exampleDossierEvent, content: '' }).success).toBe(
      false,
    );
  });

  it('should refuse a negative sequence', () => {
    expect(DossierEventSchema.safeParse({ ...exampleDossierEvent, sequence: -1 }).success).toBe(
      false,
    );
  });
});
