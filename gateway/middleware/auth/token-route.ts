// POST /oauth/token: the OAuth2 client-credentials grant (RFC 6749 §4.4), errors as RFC 6749 §5.2 JSON.
import { type Context, Hono } from 'hono';
import type { MemberService } from '../../../ops/members/types.ts';

export interface TokenRouteDeps {
  members: Pick<MemberService, 'issueToken'>;
  realm?: string;
}

type OAuthError = 'invalid_request' | 'invalid_client' | 'invalid_scope' | 'unsupported_grant_type';

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

function oauthError(c: Context, error: OAuthError, realm: string, description?: string): Response {
  const status = error === 'invalid_client' ? 401 : 400;
  const headers: Record<string, string> = { ...NO_STORE };
  if (status === 401) headers['www-authenticate'] = `Basic realm="${realm}"`;
  return c.json(
    { error, ...(description ? { error_description: description } : {}) },
    status,
    headers,
  );
}

/** Form or JSON parameters as strings; undefined when the body cannot be read. */
async function readParameters(c: Context): Promise<Record<string, string> | undefined> {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  try {
    let raw: unknown;
    if (type === 'application/x-www-form-urlencoded') raw = await c.req.parseBody();
    else if (type === 'application/json') raw = await c.req.json();
    else return undefined;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
    return Object.fromEntries(
      Object.entries(raw).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    return undefined;
  }
}

/** client_secret_basic (RFC 6749 §2.3.1: each part form-encoded, then base64). */
function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic[ ]+([A-Za-z0-9+/]+=*)$/i.exec(header?.trim() ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    const decode = (part: string) => decodeURIComponent(part.replaceAll('+', ' '));
    return { id: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
  } catch {
    return undefined;
  }
}

export function oauthTokenRoute(deps: TokenRouteDeps): Hono {
  const realm = deps.realm ?? 'lienthong';
  const app = new Hono();
  app.post('/oauth/token', async (c) => {
    const params = await readParameters(c);
    if (!params) return oauthError(c, 'invalid_request', realm, 'expected a form or JSON body');
    if (!params.grant_type)
      return oauthError(c, 'invalid_request', realm, 'grant_type is required');
    if (params.grant_type !== 'client_credentials')
      return oauthError(c, 'unsupported_grant_type', realm);
    const authorization = c.req.header('authorization');
    const basic = basicCredentials(authorization);
    const inBody = params.client_id !== undefined || params.client_secret !== undefined;
    // RFC 6749 §2.3: a client uses one authentication method per request.
    if (basic && inBody)
      return oauthError(c, 'invalid_request', realm, 'use one client authentication method');
    if (authorization && !basic) return oauthError(c, 'invalid_client', realm);
    const id = basic?.id ?? params.client_id;
    const secret = basic?.secret ?? params.client_secret;
    if (!id || !secret) return oauthError(c, 'invalid_client', realm);
    const issued = await deps.members.issueToken(id, secret, params.scope);
    if (!issued.ok) return oauthError(c, issued.error, realm);
    return c.json(
      {
        access_token: issued.accessToken,
        token_type: issued.tokenType,
        expires_in: issued.expiresIn,
        scope: issued.scope,
      },
      200,
      NO_STORE,
    );
  });
  return app;
}
