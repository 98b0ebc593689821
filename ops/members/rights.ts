// Member rights: names like dossier.submit, '*' for all; checks and OAuth2 scope narrowing.

/** Grants every right. */
export const ALL_RIGHTS = '*';

/** The rights the gateway's operations require today. Others are allowed (new operations) but flagged. */
export const KNOWN_RIGHTS = [
  'dossier.submit',
  'progress.submit',
  'result.submit',
  'exchange.read',
  'lookup.citizen',
  'lookup.enterprise',
  'catalogue.sync',
] as const;

/** Dotted lower-case words, or '*': no spaces, so rights travel as an OAuth2 scope string. */
export const RIGHT_PATTERN = /^(\*|[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)*)$/;

export function isValidRight(right: string): boolean {
  return RIGHT_PATTERN.test(right);
}

export function hasRight(rights: readonly string[], right: string): boolean {
  return rights.includes(ALL_RIGHTS) || rights.includes(right);
}

/** Splits an OAuth2 scope string (space-delimited) into rights, dropping duplicates. */
export function parseScope(scope: string): string[] {
  return [...new Set(scope.split(' ').filter((part) => part !== ''))];
}

/** The requested rights the member holds, and those it does not. */
export function narrowScope(
  requested: readonly string[],
  held: readonly string[],
): { granted: string[]; refused: string[] } {
  const granted = requested.filter((right) => hasRight(held, right));
  const refused = requested.filter((right) => !hasRight(held, right));
  return { granted, refused };
}
