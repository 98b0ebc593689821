import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineConnector, REDACTED, redactPaths } from './define-connector.ts';
import type { HttpClientFactory } from './http-client.ts';
import { ManifestError } from './manifest.ts';
import type { ConnectorManifest } from './types.ts';

const manifest = {
  id: 'lookup',
  version: '0.1.0',
  kind: 'rest',
  operations: ['find'],
  accepts: [],
  allowedHosts: ['lookup.example.gov.vn'],
} as const satisfies ConnectorManifest;

const schema = z.object({
  baseUrl: z.url(),
  apiKey: z.string().min(4),
  oauth: z.object({ clientId: z.string(), clientSecret: z.string() }).optional(),
  retries: z.number().int().default(2),
});

const definition = defineConnector({
  manifest,
  config: schema,
  secrets: ['apiKey', 'oauth.clientSecret'],
  create(config, deps) {
    return {
      manifest,
      operations: { find: async (id: string) => ({ id, at: deps.now(), retries: config.retries }) },
      check: async () => ({ ok: true, latencyMs: 0 }),
      close: async () => {},
    };
  },
});

describe('defineConnector', () => {
  it('should parse raw config and apply schema defaults', () => {
    const parsed = definition.parseConfig({
      baseUrl: 'https://lookup.example.gov.vn',
      apiKey: 'abcd',
    });
    expect(parsed).toEqual({
      ok: true,
      config: { baseUrl: 'https://lookup.example.gov.vn', apiKey: 'abcd', retries: 2 },
    });
  });

  it('should report config issues with dotted key paths and no values', () => {
    const parsed = definition.parseConfig({
      baseUrl: 'not a url',
      apiKey: 'secret-but-short'.slice(0, 2),
      oauth: { clientId: 'x' },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.path).sort()).toEqual([
      'apiKey',
      'baseUrl',
      'oauth.clientSecret',
    ]);
    expect(JSON.stringify(parsed.issues)).not.toContain('"se"');
  });

  it('should mask top-level and nested secrets without touching the original', () => {
    const config = {
      baseUrl: 'https://x',
      apiKey: 'abcd',
      oauth: { clientId: 'me', clientSecret: 's3cret' },
      retries: 2,
    };
    const shown = definition.redactConfig(config);
    expect(shown).toEqual({
      baseUrl: 'https://x',
      apiKey: REDACTED,
      oauth: { clientId: 'me', clientSecret: REDACTED },
      retries: 2,
    });
    expect(config.apiKey).toBe('abcd');
  });

  it('should leave absent secret paths absent', () => {
    expect(redactPaths({ a: 1 }, ['b', 'c.d'])).toEqual({ a: 1 });
  });

  it('should create with resolved deps, using the ones given', async () => {
    const result = definition.instantiate(
      { baseUrl: 'https://x', apiKey: 'abcd' },
      { now: () => 42 },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await result.connector.operations.find('q')).toEqual({ id: 'q', at: 42, retries: 2 });
  });

  it('should hand create a default logger and http factory when none are given', () => {
    let seen: { fetch: HttpClientFactory; loggerOk: boolean } | undefined;
    const probe = defineConnector({
      manifest,
      config: z.object({}),
      secrets: [],
      create(_config, deps) {
        deps.logger.info({ event: 'created' });
        seen = { fetch: deps.fetch, loggerOk: typeof deps.logger.error === 'function' };
        return {
          manifest,
          operations: { find: async () => 1 },
          check: async () => ({ ok: true, latencyMs: 0 }),
          close: async () => {},
        };
      },
    });
    probe.create({});
    expect(typeof seen?.fetch).toBe('function');
    expect(seen?.loggerOk).toBe(true);
  });

  it('should return issues instead of a connector when instantiating bad config', () => {
    const result = definition.instantiate({});
    expect(result.ok).toBe(false);
  });

  it('should reject a malformed manifest when defined', () => {
    const define = () =>
      defineConnector({
        manifest: {
          ...manifest,
          id: 'Bad Id',
          operations: ['find', 'find'],
          batch: { dossier: 5 },
        },
        config: schema,
        secrets: [],
        create: () => {
          throw new Error('unreachable');
        },
      });
    expect(define).toThrow(ManifestError);
    try {
      define();
    } catch (error) {
      expect((error as ManifestError).code).toBe('kit.manifest_invalid');
      expect((error as ManifestError).issues.map((i) => i.path).sort()).toEqual([
        'batch.dossier',
        'id',
        'operations',
      ]);
    }
  });

  it('should type secrets as config key paths (a typo is a compile error, not a silent no-op)', () => {
    const typo = defineConnector({
      manifest,
      config: schema,
      // @ts-expect-error 'apikey' is not a key of the config
      secrets: ['apikey'],
      create: () => {
        throw new Error('unreachable');
      },
    });
    expect(typo.redactConfig({ apiKey: 'abcd' })).toEqual({ apiKey: 'abcd' });
  });
});
