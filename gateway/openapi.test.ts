// registerOpenApi: GET /openapi.json is an OpenAPI 3.1 document with our schemes, Problem and tags.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemResponse, registerOpenApi } from './openapi.ts';

function documentedApp() {
  const app = new OpenAPIHono();
  const route = createRoute({
    method: 'get',
    path: '/dossiers/{code}',
    tags: ['dossiers'],
    request: { params: z.object({ code: z.string() }) },
    responses: {
      200: {
        description: 'the dossier',
        content: { 'application/json': { schema: z.object({ code: z.string() }) } },
      },
      404: problemResponse('no such dossier'),
    },
  });
  app.openapi(route, (c) => c.json({ code: c.req.valid('param').code }, 200));
  registerOpenApi(app, { version: '1.2.3' });
  return app;
}

type Doc = {
  openapi: string;
  info: { title: string; version: string; description: string };
  servers: unknown[];
  tags: { name: string }[];
  security: Record<string, unknown>[];
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
};

describe('registerOpenApi', () => {
  it('should serve valid JSON declaring OpenAPI 3.1.0 with info and servers', async () => {
    const response = await documentedApp().request('/openapi.json');
    expect(response.status).toBe(200);
    const doc = JSON.parse(await response.text()) as Doc;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'lienthong', version: '1.2.3' });
    expect(doc.info.description).toContain('problem+json');
    expect(doc.servers.length).toBeGreaterThan(0);
    expect(doc.tags.map((t) => t.name)).toContain('dossiers');
  });

  it('should declare API key, OAuth2 client credentials and bearer JWT schemes', async () => {
    const doc = (await (await documentedApp().request('/openapi.json')).json()) as Doc;
    expect(doc.components.securitySchemes).toEqual({
      ApiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      OAuth2: {
        type: 'oauth2',
        flows: { clientCredentials: { tokenUrl: '/oauth/token', scopes: {} } },
      },
      BearerJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    });
    expect(doc.security).toEqual([{ ApiKey: [] }, { OAuth2: [] }, { BearerJwt: [] }]);
  });

  it('should carry the Problem component and reference it from problem responses', async () => {
    const doc = (await (await documentedApp().request('/openapi.json')).json()) as Doc;
    expect(doc.components.schemas.Problem).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['type', 'title', 'status', 'code']),
    });
    const notFound = doc.paths['/dossiers/{code}']?.get?.responses['404'];
    expect(notFound).toEqual({
      description: 'no such dossier',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    });
  });
});
