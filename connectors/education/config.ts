// The education connector's config schema (validated at start) and which of its keys are secrets.
import { z } from 'zod';
import { soapConfigShape } from '../kit/index.ts';

export const EducationConfigSchema = z.object({
  ...soapConfigShape,
  /** WS-Security UsernameToken user name of lienthong's account at the sector system. */
  username: z.string().min(1),
  /** UsernameToken password: from the environment only; masked by redactConfig. */
  password: z.string().min(1),
  /** MaHoSo check() asks TraCuuKetQua about: found or "không tồn tại", either answer proves the path. */
  checkDossierCode: z.string().min(1).max(50).default('LIENTHONG-KIEM-TRA'),
});
export type EducationConfig = z.output<typeof EducationConfigSchema>;

export const EDUCATION_SECRETS = ['password'] as const;
