// Gateway API: what member systems submit (canonical) and what an accepted submission answers.
import { z } from 'zod';
import { DossierEventSchema } from '../canonical/dossier-event.ts';
import { DossierStatus } from '../canonical/enums.ts';
import { ResultSchema } from '../canonical/result.ts';
import { InstantSchema } from '../canonical/scalars.ts';

/** A result submission: the dossier's new status and its result documents. */
export const ResultSubmissionSchema = z.strictObject({
  status: DossierStatus,
  /** NgayTra: when the result was returned to the applicant. */
  returnedAt: InstantSchema.optional(),
  /** NgayKetThucXuLy: when processing finished. */
  finishedAt: InstantSchema.optional(),
  results: z.array(ResultSchema).max(100),
  /** GhiChu. */
  note: z.string().min(1).max(2000).optional(),
});
export type ResultSubmission = z.infer<typeof ResultSubmissionSchema>;

/** The canonical 'result' delivery payload: the submission plus its dossier. */
export const ResultPayloadSchema = ResultSubmissionSchema.extend({
  dossierCode: z.string().min(1),
});
export type ResultPayload = z.infer<typeof ResultPayloadSchema>;

export const EventSubmissionSchema = DossierEventSchema;

export const DeliveryRefSchema = z.object({
  target: z.string(),
  id: z.uuid(),
});

/** 202 answer: the exchange is committed; deliveries follow asynchronously. */
export const AcceptedSchema = z.object({
  exchangeId: z.uuid(),
  /** 'duplicate': the same message was accepted before; this is the original exchange. */
  status: z.enum(['accepted', 'duplicate']),
  deliveries: z.array(DeliveryRefSchema),
  links: z.object({ self: z.string() }),
});
export type Accepted = z.infer<typeof AcceptedSchema>;
