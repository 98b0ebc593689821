// The population connector's config schema (validated at start) and which of its keys are secrets.
import { z } from 'zod';
import { DEFAULT_MAX_XML_BYTES } from '../../mappings/population/index.ts';
import { httpConfigShape, lgspClientShape, lgspServicePath } from '../kit/index.ts';

export const PopulationConfigSchema = z.object({
  ...httpConfigShape,
  /** One CongDan is about 4 KB; the JSON envelope around the SOAP string is small. */
  maxResponseBytes: z
    .number()
    .int()
    .min(1)
    .default(2 * 1024 * 1024),
  ...lgspClientShape,
  paths: z
    .object({
      token: lgspServicePath.default('/token'),
      /** The gateway's proxy of the citizen lookup (TH: /apiCSDLDanCu/ChiaSeThongTinCongDan). */
      lookup: lgspServicePath.default('/apiCSDLDanCu/ChiaSeThongTinCongDan'),
    })
    .prefault({}),
  /** MaTichHop: the integration code the gateway issued (TH sample "037"). */
  maTichHop: z.string().min(1),
  /** MaDVC: the service code (TH sample "VPCP"). */
  maDVC: z.string().min(1),
  /** MaCanBo for lookups that name no officer (a system account); without it an officer is required. */
  defaultOfficer: z.string().min(1).optional(),
  /** Largest SOAP string in `message` (UTF-8 bytes). */
  maxXmlBytes: z.number().int().min(1).default(DEFAULT_MAX_XML_BYTES),
  /** Deepest element nesting accepted in `message`; a CongDan record needs 7. */
  maxXmlDepth: z.number().int().min(8).max(256).default(32),
});
export type PopulationConfig = z.output<typeof PopulationConfigSchema>;

export const POPULATION_SECRETS = ['clientSecret'] as const;
