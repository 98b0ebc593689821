// POST /oauth/token request handling, with a fake issuer: grant, client authentication, RFC 6749 errors.
import { describe, expect, it } from 'vitest';
import type { TokenIssueResult } from '../../../ops/members/types.ts';
import { oauthTokenRoute } from './token-route.ts';

function route() {
  const calls: Array<[string, string, string | undefined]> = [];
  const app = oauthTokenRoute({
    members: {
      async issueToken(id, secret, scope): Promise<TokenIssueResult> {
        calls.push([id, secret, scope]);
        if (secret !== 'good') return { ok: false, error: 'invalid_client' };
        if (scope === 'too.much') return { ok: false, error: 'invalid_scope' };
        return { ok: true, accessToken: 't', tokenType: 'Bearer', expiresIn: 300, scope: 'a.b' };
      },
    },
  });
  const post = (body: string, headers: Record<string, string>) =>
    app.request('/oauth/token', { method: 'POST', body, headers });
  return { calls, post };
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const JSON_TYPE = { 'content-type': 'application/json' };

describe('oauthTokenRoute', () => {
  it('should issue with client_secret_post in a form and pass the scope on', async () => {
    const { calls, post } = route();
    const response = await post(
      'grant_type=client_credentials&client_id=c1&client_secret=good&scope=a.b',
      FORM,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('pragma')).toBe('no-cache');
    expect(await response.json()).toEqual({
      access_token: 't',
      token_type: 'Bearer',
      expires_in: 300,
      scope: 'a.b',
    });
    expect(calls).toEqual([['c1', 'good', 'a.b']]);
  });

  it('should decode form-encoded Basic credentials', async () => {
    const { calls, post } = route();
    const basic = Buffer.from('c%3A1:good').toString('base64');
    const response = await post('{"grant_type":"client_credentials"}', {
      ...JSON_TYPE,
      authorization: `Basic ${basic}`,
    });
    expect(response.status).toBe(200);
    expect(calls).toEqual([['c:1', 'good', undefined]]);
  });

  it('should answer unsupported_grant_type 400 and invalid_request 400', async () => {
    const { calls, post } = route();
    const password = await post('grant_type=password&username=a&password=b', FORM);
    expect(password.status).toBe(400);
    expect(await password.json()).toEqual({ error: 'unsupported_grant_type' });
    for (const [body, headers] of [
      ['client_id=c1&client_secret=good', FORM],
      ['{not json', JSON_TYPE],
      ['[]', JSON_TYPE],
      ['grant_type=client_credentials', { 'content-type': 'text/plain' }],
    ] as const) {
      const response = await post(body, headers);
      expect(response.status, body).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid_request' });
    }
    const both = await post('grant_type=client_credentials&client_id=c1&client_secret=good', {
      ...FORM,
      authorization: `Basic ${Buffer.from('c1:good').toString('base64')}`,
    });
    expect(await both.json()).toMatchObject({ error: 'invalid_request' });
    expect(calls).toEqual([]);
  });

  it('should answer invalid_client 401 with a Basic challenge, and invalid_scope 400', async () => {
    const { post } = route();
    for (const body of [
      'grant_type=client_credentials&client_id=c1&client_secret=bad',
      'grant_type=client_credentials&client_id=c1',
      'grant_type=client_credentials',
    ]) {
      const response = await post(body, FORM);
      expect(response.status, body).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Basic realm="lienthong"');
      expect(await response.json()).toEqual({ error: 'invalid_client' });
    }
    const scoped = await post(
      'grant_type=client_credentials&client_id=c1&client_secret=good&scope=too.much',
      FORM,
    );
    expect(scoped.status).toBe(400);
    expect(await scoped.json()).toEqual({ error: 'invalid_scope' });
  });
});
