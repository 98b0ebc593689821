// Publishes the gateway's OpenAPI 3.1 document at GET /openapi.json with auth schemes and problems.
import type { OpenAPIHono } from '@hono/zod-openapi';
// Loaded for its effect: it adds `.openapi()` to zod schemas, which ProblemComponent needs.
import '@hono/zod-openapi';
import { ProblemSchema } from '../contracts/errors.ts';
import { PROBLEM_CONTENT_TYPE } from './problem.ts';

/** The RFC 9457 problem schema as the `Problem` component; use it in route `responses`. */
export const ProblemComponent = ProblemSchema.openapi('Problem');

export const SECURITY_SCHEMES = {
  ApiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
  OAuth2: {
    type: 'oauth2',
    flows: { clientCredentials: { tokenUrl: '/oauth/token', scopes: {} } },
  },
  BearerJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
} as const;

export const DEFAULT_TAGS = [
  { name: 'dossiers', description: 'Dossiers and their progress, accepted for delivery' },
  { name: 'lookups', description: 'Citizen and enterprise lookups in the national databases' },
  { name: 'exchanges', description: 'The state of accepted exchanges and their deliveries' },
  { name: 'operations', description: 'Dead letters and target pause/resume, for operators' },
  { name: 'health', description: 'Liveness and readiness' },
];

export interface OpenApiOptions {
  /** From package.json, passed in so this module reads no files. */
  version: string;
  path?: string;
  servers?: { url: string; description?: string }[];
  tags?: { name: string; description?: string }[];
  description?: string;
}

const DESCRIPTION = [
  'lienthong connects the one-stop system, sector systems, the national databases and the',
  'National Public Service Portal. Member systems authenticate with an API key, an OAuth2',
  'client-credentials token or a signed JWT. Every error is RFC 9457 problem+json',
  `(${PROBLEM_CONTENT_TYPE}) with a stable code and the request's requestId.`,
].join(' ');

/** A `responses` entry for createRoute: a problem+json answer. */
export function problemResponse(description: string) {
  return {
    description,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemComponent } },
  };
}

/**
 * Registers the security schemes and the Problem component on `app` and serves the 3.1 document
 * at `options.path` (default /openapi.json). Call after mounting the documented routes or before:
 * the document is generated per request. Every operation requires one of the three schemes unless
 * its route says `security: []`.
 */
// biome-ignore lint/suspicious/noExplicitAny: accepts any app, whatever its Env and schema types.
export function registerOpenApi(app: OpenAPIHono<any, any, any>, options: OpenApiOptions): void {
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) {
    app.openAPIRegistry.registerComponent('securitySchemes', name, scheme);
  }
  app.openAPIRegistry.register('Problem', ProblemComponent);
  app.doc31(options.path ?? '/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'lienthong',
      version: options.version,
      description: options.description ?? DESCRIPTION,
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    },
    servers: options.servers ?? [{ url: '/', description: 'this gateway' }],
    tags: options.tags ?? DEFAULT_TAGS,
    security: Object.keys(SECURITY_SCHEMES).map((name) => ({ [name]: [] })),
  });
}
