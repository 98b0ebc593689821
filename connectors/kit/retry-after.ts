// Parses an HTTP Retry-After value (delay in seconds or an HTTP-date) into milliseconds from now.

const SECONDS = /^\s*(\d{1,10})\s*$/;

/** Milliseconds to wait (never negative), or undefined when the value is absent or unreadable. */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const seconds = SECONDS.exec(value);
  if (seconds) return Number(seconds[1]) * 1000;
  // Only HTTP-dates (IMF-fixdate and its obsolete forms) name a weekday or GMT; plain numbers are not dates.
  if (!/[a-z]/i.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
