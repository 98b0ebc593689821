// Deployment settings and secrets, read from the environment only (never from the config file).
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const port = (expected: string) =>
  z
    .string()
    .regex(/^\d{1,5}$/, { message: expected })
    .transform(Number)
    .pipe(z.number().int().min(0, { message: expected }).max(65535, { message: expected }));

const positiveInt = (expected: string) =>
  z
    .string()
    .regex(/^\d+$/, { message: expected })
    .transform(Number)
    .pipe(z.number().int().positive({ message: expected }));

const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
      );
    } catch {
      return false;
    }
  },
  { message: 'expected postgres://user:password@host:5432/database' },
);

const httpUrl = z.string().refine(
  (value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  },
  { message: 'expected an http(s) URL such as http://otel-collector:4318' },
);

/** Keys whose values must never be printed, even in an error message. */
export const SECRET_ENV_KEYS = new Set(['DATABASE_URL', 'LIENTHONG_SECRET']);

export const EnvSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  PORT: port('expected an integer port from 0 to 65535').default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { message: `expected one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty'], { message: 'expected json or pretty' }).optional(),
  LIENTHONG_CONFIG: z.string().min(1).default('lienthong.config.ts'),
  LIENTHONG_DATA_DIR: z.string().min(1).default('.data'),
  LIENTHONG_SANDBOX: z.enum(['on', 'off'], { message: 'expected on or off' }).optional(),
  EMBEDDED_PG_PORT: port('expected an integer port from 0 to 65535').default(54329),
  SHUTDOWN_TIMEOUT_MS: positiveInt('expected a positive integer of milliseconds').default(10_000),
  /** Signs OAuth2 access tokens (HS256); at least 32 characters. Without it /oauth/token is off. */
  LIENTHONG_SECRET: z.string().min(32, { message: 'expected at least 32 characters' }).optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('lienthong'),
});
export type Env = z.infer<typeof EnvSchema>;
