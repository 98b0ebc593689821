// Structured logging (pino): JSON in production, readable in a terminal, personal data redacted.
import { type Logger, pino } from 'pino';
import pretty from 'pino-pretty';
import { redactPaths } from './redaction.ts';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: string;
  /** json for machines; pretty for people. Defaults to pretty on a terminal. */
  format?: 'json' | 'pretty' | undefined;
  name?: string;
  /** Where lines go; tests pass a memory stream. */
  destination?: NodeJS.WritableStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const format = options.format ?? (process.stdout.isTTY ? 'pretty' : 'json');
  const base = {
    level: options.level,
    name: options.name ?? 'lienthong',
    redact: { paths: redactPaths(), censor: '[redacted]' },
  };
  if (format === 'pretty') {
    return pino(
      base,
      pretty({ colorize: process.stdout.isTTY, destination: options.destination ?? 1 }),
    );
  }
  return options.destination ? pino(base, options.destination) : pino(base);
}
