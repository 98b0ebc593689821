// Scalar conventions of the canonical model: instants with offset, calendar days, codes, VND amounts.
import { z } from 'zod';

/** An instant: ISO-8601 with an explicit offset or Z, e.g. 2025-03-14T09:30:00+07:00. */
export const InstantSchema = z.iso.datetime({ offset: true });

/** A calendar day with no time or zone (birth dates, signing dates): YYYY-MM-DD, a real date. */
export const CalendarDateSchema = z.iso.date();

/** A code from some code list: a non-empty string without whitespace (never a number). */
export const CodeSchema = z.string().regex(/^\S+$/, 'A code is a non-empty string without spaces');

/** Human text: non-empty (an absent value is an absent field, never ""). */
export const TextSchema = z.string().min(1);

/** An amount of money: a whole number of Vietnamese đồng. */
export const VndSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** An http(s) URL (download links are public URLs, not inline files). */
export const HttpUrlSchema = z.url({ protocol: /^https?$/ });

/** A national procedure code from CSDL TTHC quốc gia, e.g. 1.001776. */
export const NationalProcedureCodeSchema = z
  .string()
  .regex(/^\d\.\d{6}$/, 'A national procedure code looks like 1.001776');
