// The echo system's wire format (a real connector keeps these under contracts/).
import { z } from 'zod';

export const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int().positive(),
});

export const EchoRequestSchema = z.object({ text: z.string() });
export const EchoResponseSchema = z.object({ text: z.string(), receivedAt: z.string() });

export const WireMessageSchema = z.object({
  kind: z.string().min(1),
  dossierCode: z.string().optional(),
  body: z.unknown(),
});
export type WireMessage = z.output<typeof WireMessageSchema>;

/** Business errors arrive with HTTP 200, like many real one-stop systems. */
export const ErrorResultSchema = z.object({ result: z.literal('error'), code: z.string() });

export const MessageResultSchema = z.object({ result: z.enum(['created', 'duplicate']) });

export const BatchRequestSchema = z.object({
  items: z.array(WireMessageSchema.extend({ key: z.string().min(1) })).min(1),
});
export const BatchResponseSchema = z.object({
  results: z.array(
    z.object({
      key: z.string(),
      result: z.enum(['created', 'duplicate', 'error']),
      code: z.string().optional(),
    }),
  ),
});
