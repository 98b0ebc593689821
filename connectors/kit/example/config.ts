// The echo connector's config schema (validated at start) and which of its keys are secrets.
import { z } from 'zod';
import { httpConfigShape } from '../index.ts';

export const EchoConfigSchema = z.object({
  ...httpConfigShape,
  clientId: z.string().min(1),
  /** From the environment only; masked by redactConfig. */
  clientSecret: z.string().min(8),
});
export type EchoConfig = z.output<typeof EchoConfigSchema>;

export const ECHO_SECRETS = ['clientSecret'] as const;
