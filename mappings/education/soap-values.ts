// xs:date and xs:dateTime values as the `soap` package hands them over (Date) or builds them (text).
import type { MappingContext } from '../engine/context.ts';
import { isoDate, isoToPortal, portalToIso } from '../engine/transforms/dates.ts';
import { isAbsent, type TransformOptions } from '../engine/transforms/options.ts';

const LOCAL_DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?$/;
const XS_DATE_RE = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/;
const DAY_MS = 86_400_000;

/**
 * An instant (ISO text with an offset, or a Date) → `yyyy-MM-ddTHH:mm:ss+07:00`, the form both
 * sides agree on. xs:dateTime may come without an offset; it is then read as Vietnam time, with
 * a warning. Fractional seconds are dropped with a warning (as for the portal).
 */
export function vietnamInstant(
  value: unknown,
  ctx: MappingContext,
  options: TransformOptions = {},
): string | undefined {
  if (isAbsent(value, ctx, options)) return undefined;
  let instant = value;
  if (typeof value === 'string' && LOCAL_DATE_TIME_RE.test(value)) {
    ctx.warn('date.offset_assumed', 'no offset given; read as Vietnam time (+07:00)', {
      value,
      personal: options.personal,
    });
    instant = `${value}+07:00`;
  }
  const portal = isoToPortal(instant, ctx, options);
  return portal === undefined ? undefined : portalToIso(portal, ctx, options);
}

/**
 * An xs:date → `yyyy-MM-dd`, never shifting the day. The `soap` package parses `2010-05-04`
 * into the Date 2010-05-04T00:00:00Z, so a Date is read on the UTC calendar and must be exactly
 * midnight UTC; any other Date did not come from an xs:date and is refused. Text may carry an
 * xs:date timezone (`2010-05-04+07:00`), which does not change the day it names.
 */
export function calendarDate(
  value: unknown,
  ctx: MappingContext,
  options: TransformOptions = {},
): string | undefined {
  if (isAbsent(value, ctx, options)) return undefined;
  const issue = { value, personal: options.personal };
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return ctx.error('date.invalid_format', 'invalid Date', issue);
    if (ms % DAY_MS !== 0) {
      return ctx.error('date.not_a_calendar_date', 'an xs:date Date must be midnight UTC', issue);
    }
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string') {
    const m = XS_DATE_RE.exec(value);
    if (!m) return ctx.error('date.invalid_format', 'expected yyyy-MM-dd', issue);
    return isoDate(m[1], ctx, options);
  }
  return isoDate(value, ctx, options);
}
