// The simulated LGSP (WSO2 API Manager) in front of a national system: client-credentials tokens that expire, Bearer checks.
import type { Context, Hono } from 'hono';
import { HealthTokenRequestSchema as LgspTokenRequestSchema } from '../../../contracts/wire/health/token.ts';
import type { Simulator } from '../simulator/create-simulator.ts';

export interface LgspAuthOptions {
  client: { readonly clientId: string; readonly clientSecret: string };
  tokenPath: string;
  tokenTtlSeconds: number;
  now: () => number;
  /** Scope in the token answer. Default: the one requested, else 'default'. */
  grantedScope?: (requested: string | undefined) => string;
  /** Count every token issued as ('issued', 'token'). Default true. */
  countIssued?: boolean;
}

const requestedOrDefault = (requested: string | undefined): string => requested ?? 'default';

/** WSO2 API Manager's answer to a missing (900902) or invalid/expired (900901) access token. */
function fault(c: Context, code: 900901 | 900902) {
  const message = code === 900902 ? 'Missing Credentials' : 'Invalid Credentials';
  return c.json(
    {
      fault: {
        code,
        message,
        description: `${message}. Make sure your API invocation call has a header: 'Authorization : Bearer ACCESS_TOKEN'`,
      },
    },
    401,
    { 'www-authenticate': 'OAuth2 realm="WSO2 API Manager", error="invalid_token"' },
  );
}

/** Serves POST {tokenPath} and guards every route registered after it with a Bearer check. */
export function installLgspAuth(app: Hono, sim: Simulator, options: LgspAuthOptions): void {
  const tokens = () => sim.store.collection<number>('tokens');
  const grantedScope = options.grantedScope ?? requestedOrDefault;
  const countIssued = options.countIssued ?? true;
  sim.onExpireCredentials(() => tokens().clear());

  app.post(options.tokenPath, async (c) => {
    sim.count('received', 'token');
    const form = await c.req.parseBody().catch(() => ({}));
    const request = LgspTokenRequestSchema.safeParse(form);
    if (!request.success) {
      const grant = (form as Record<string, unknown>).grant_type;
      const error =
        grant !== undefined && grant !== 'client_credentials'
          ? 'unsupported_grant_type'
          : 'invalid_request';
      return c.json({ error, error_description: 'The token request is not valid' }, 400);
    }
    const { client_id: id, client_secret: secret } = request.data;
    if (id !== options.client.clientId || secret !== options.client.clientSecret) {
      return c.json(
        { error: 'invalid_client', error_description: 'Client Authentication failed.' },
        401,
      );
    }
    const token = Array.from({ length: 4 }, () =>
      Math.floor(sim.random() * 0x1_0000_0000)
        .toString(16)
        .padStart(8, '0'),
    ).join('-');
    tokens().set(token, options.now() + options.tokenTtlSeconds * 1000);
    if (countIssued) sim.count('issued', 'token');
    return c.json({
      access_token: token,
      token_type: 'Bearer',
      expires_in: options.tokenTtlSeconds,
      scope: grantedScope(request.data.scope),
    });
  });

  app.use('*', async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined || !/^Bearer \S+$/.test(header)) return fault(c, 900902);
    const token = header.slice('Bearer '.length);
    const expiresAt = tokens().get(token);
    if (expiresAt === undefined || options.now() >= expiresAt) {
      tokens().delete(token);
      sim.count('rejected', 'token');
      return fault(c, 900901);
    }
    return next();
  });
}
