// An applicant (owner or authorised submitter of a dossier): a citizen or an organisation, by `kind`.
import { z } from 'zod';
import { CitizenSchema } from './citizen.ts';
import { OrganizationSchema } from './organization.ts';

/** LoaiDoiTuong: 1 citizen; 2 enterprise, 3 state agency, 4 other organisation. */
export const ApplicantSchema = z.discriminatedUnion('kind', [CitizenSchema, OrganizationSchema]);
export type Applicant = z.infer<typeof ApplicantSchema>;
