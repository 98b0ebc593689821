// Configuration validation: every bad value is named with its source, value and expected form.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseEnv } from './config.ts';

async function problemsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).problems;
}

describe('parseEnv', () => {
  it('should apply defaults for an empty environment', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 8080,
      LOG_LEVEL: 'info',
      LIENTHONG_DATA_DIR: '.data',
      SHUTDOWN_TIMEOUT_MS: 10_000,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('should treat empty variables as unset', () => {
    expect(parseEnv({ PORT: '', DATABASE_URL: '' }).PORT).toBe(8080);
  });

  it('should list every bad variable at once, masking secrets', () => {
    try {
      parseEnv({ PORT: '70000', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://u:pw@h/db' });
      expect.unreachable();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems.map((p) => p.key).sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
      expect((error as Error).message).toContain(
        'PORT="70000" (environment): expected an integer port',
      );
      expect((error as Error).message).toContain(
        'LOG_LEVEL="loud" (environment): expected one of fatal',
      );
      expect((error as Error).message).not.toContain('pw@');
    }
  });
});

describe('loadConfig', () => {
  it('should accept a minimal file config with defaults', async () => {
    const config = await loadConfig({ env: {}, fileConfig: {} });
    expect(config.connectors).toEqual({});
    expect(config.sandbox).toEqual({ enabled: true, dossiersPerMinute: 30 });
  });

  it('should name the path of a bad file value', async () => {
    const problems = await problemsOf(
      loadConfig({ env: {}, fileConfig: { connectors: { portal: { type: 'Bad Type' } } } }),
    );
    expect(problems[0]).toMatchObject({
      source: 'config file',
      key: 'connectors.portal.type',
      value: 'Bad Type',
    });
  });

  it('should reject a route to a connector that is not configured', async () => {
    const problems = await problemsOf(
      loadConfig({
        env: {},
        fileConfig: {
          connectors: { portal: { type: 'national-portal' } },
          routes: [{ kind: 'dossier', to: ['portal', 'nowhere'] }],
        },
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        key: 'routes.0.to.1',
        value: 'nowhere',
        problem: expect.stringContaining('known: portal'),
      }),
    ]);
  });

  it('should report a missing config file named by LIENTHONG_CONFIG', async () => {
    const problems = await problemsOf(
      loadConfig({ env: { LIENTHONG_CONFIG: 'missing.config.ts' } }),
    );
    expect(problems[0]).toMatchObject({ key: 'LIENTHONG_CONFIG', problem: 'file not found' });
  });
});
