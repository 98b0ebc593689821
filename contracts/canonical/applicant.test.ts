import { describe, expect, it } from 'vitest';
import { ApplicantSchema } from './applicant.ts';
import { exampleCitizen, exampleOrganization } from './examples.ts';

describe('ApplicantSchema', () => {
  it('should pick the citizen or organisation shape by kind', () => {
    expect(ApplicantSchema.parse(exampleCitizen).kind).toBe('citizen');
    expect(ApplicantSchema.parse(exampleOrganization).kind).toBe('enterprise');
    expect(ApplicantSchema.parse({ kind: 'other_organization', name: 'Hội Ví Dụ' }).kind).toBe(
      'other_organization',
    );
  });

  it('should refuse an unknown kind at the discriminator', () => {
    const result = ApplicantSchema.safeParse({ kind: 'business', name: 'X' });
    expect(result.error?.issues[0]?.path).toEqual(['kind']);
  });

  it('should refuse organisation fields on a citizen', () => {
    expect(
      ApplicantSchema.safeParse({ ...exampleCitizen, enterpriseCode: '0100109106' }).success,
    ).toBe(false);
  });
});
