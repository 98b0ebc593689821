import { describe, expect, it } from 'vitest';
import { zodIssueCode } from '../validators/validation-result.ts';
import { exampleOrganization } from './examples.ts';
import { OrganizationSchema } from './organization.ts';

describe('OrganizationSchema', () => {
  it('should accept the example enterprise', () => {
    expect(OrganizationSchema.parse(exampleOrganization)).toEqual(exampleOrganization);
  });

  it('should accept a state agency without an enterprise code', () => {
    expect(
      OrganizationSchema.safeParse({ kind: 'state_agency', name: 'UBND phường' }).success,
    ).toBe(true);
  });

  it('should refuse an enterprise code with a wrong check digit', () => {
    const result = OrganizationSchema.safeParse({
      ...exampleOrganization,
      enterpriseCode: '0100109107',
    });
    expect(result.error?.issues.map(zodIssueCode)).toEqual(['enterprise_code.check_digit']);
  });

  it('should refuse the citizen kind', () => {
    expect(OrganizationSchema.safeParse({ ...exampleOrganization, kind: 'citizen' }).success).toBe(
      false,
    );
  });
});
