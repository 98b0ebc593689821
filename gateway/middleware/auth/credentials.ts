// Reads the caller's credentials from X-API-Key or Authorization: Bearer, refusing ambiguity.

export type PresentedCredentials =
  | { kind: 'missing' }
  /** Present but unusable: another scheme, an empty bearer, or both headers at once. */
  | { kind: 'unusable' }
  | { kind: 'api_key'; value: string }
  | { kind: 'bearer'; value: string };

export function readCredentials(
  apiKeyHeader: string | undefined,
  authorizationHeader: string | undefined,
): PresentedCredentials {
  const apiKey = apiKeyHeader?.trim() ?? '';
  const authorization = authorizationHeader?.trim() ?? '';
  if (apiKey === '' && authorization === '') return { kind: 'missing' };
  // Two credentials could name two members: which one is acting would be a guess.
  if (apiKey !== '' && authorization !== '') return { kind: 'unusable' };
  if (apiKey !== '') return { kind: 'api_key', value: apiKey };
  const match = /^Bearer[ ]+([A-Za-z0-9._~+/-]+=*)$/i.exec(authorization);
  return match?.[1] ? { kind: 'bearer', value: match[1] } : { kind: 'unusable' };
}
