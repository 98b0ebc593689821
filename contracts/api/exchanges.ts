// Gateway API: the exchange log as members and operators read it.
import { z } from 'zod';

export const DeliveryStatus = z.enum(['pending', 'delivered', 'failed', 'parked', 'skipped']);

export const DeliveryViewSchema = z.object({
  id: z.uuid(),
  target: z.string(),
  status: DeliveryStatus,
  attempts: z.number().int(),
  reason: z.string().nullable(),
  /** For a parked delivery: the failed delivery of the same dossier it waits behind. */
  parkedBehind: z.uuid().nullable(),
});

export const ExchangeViewSchema = z.object({
  id: z.uuid(),
  receivedAt: z.string(),
  source: z.string(),
  kind: z.string(),
  dossierCode: z.string().nullable(),
  traceId: z.string().nullable(),
  deliveries: z.array(DeliveryViewSchema),
});
export type ExchangeView = z.infer<typeof ExchangeViewSchema>;

export const ExchangeListSchema = z.object({
  items: z.array(ExchangeViewSchema.partial({ deliveries: true })),
});

export const TimelineEntrySchema = z.object({
  at: z.string(),
  event: z.string(),
  target: z.string().nullable(),
  attempt: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  outcome: z.string().nullable(),
  reason: z.string().nullable(),
  detail: z.string().nullable(),
  actor: z.string().nullable(),
});
export const TimelineSchema = z.object({
  exchangeId: z.uuid(),
  entries: z.array(TimelineEntrySchema),
});
