// The one-stop connector's config schema and its secret keys (the callback API key comes from the environment).
import { z } from 'zod';
import { ONE_STOP_MAX_PAGE_SIZE } from '../../contracts/wire/one-stop/catalogue.ts';
import { httpConfigShape } from '../kit/index.ts';

export const OneStopConfigSchema = z.object({
  ...httpConfigShape,
  /** Sent as `X-Api-Key` on every call; from the environment only, masked by redactConfig. */
  apiKey: z.string().min(16),
  /** ThuTuc items per catalogue page, both ways (the one-stop takes at most ONE_STOP_MAX_PAGE_SIZE). */
  catalogPageSize: z.number().int().min(1).max(ONE_STOP_MAX_PAGE_SIZE).default(100),
  /** HeThongNguon of a result push whose payload names no source system. */
  defaultSourceSystem: z
    .string()
    .regex(/^\S+$/, 'a connector id without spaces')
    .default('lienthong'),
});
export type OneStopConfig = z.output<typeof OneStopConfigSchema>;

export const ONE_STOP_SECRETS = ['apiKey'] as const;
