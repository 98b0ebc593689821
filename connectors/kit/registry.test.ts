import { describe, expect, it } from 'vitest';
import { echoConnector } from './example/connector.ts';
import { Registry, RegistryError } from './registry.ts';

const echoConfig = {
  baseUrl: 'http://127.0.0.1:9',
  extraAllowedHosts: ['127.0.0.1'],
  clientId: 'lienthong',
  clientSecret: 'sandbox-secret',
};

describe('Registry', () => {
  it('should register, get and list definitions by manifest id', () => {
    const registry = new Registry().register(echoConnector);
    expect(registry.get('echo')).toBe(echoConnector);
    expect(registry.has('echo')).toBe(true);
    expect(registry.get('nope')).toBeUndefined();
    expect(registry.list().map((d) => d.manifest.id)).toEqual(['echo']);
  });

  it('should refuse a duplicate id with a stable code', () => {
    const registry = new Registry().register(echoConnector);
    expect(() => registry.register(echoConnector)).toThrowError(
      expect.objectContaining({ code: 'registry.duplicate_id' }),
    );
    expect(() => registry.register(echoConnector)).toThrow(RegistryError);
  });

  it('should keep registries independent (no module state)', () => {
    new Registry().register(echoConnector);
    expect(new Registry().list()).toEqual([]);
  });

  it('should instantiate a connector from raw config', async () => {
    const result = new Registry().register(echoConnector).instantiate('echo', echoConfig);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.connector.manifest.id).toBe('echo');
      await result.connector.close();
    }
  });

  it('should report an unknown id and invalid config as data', () => {
    const registry = new Registry().register(echoConnector);
    const unknown = registry.instantiate('portal', {});
    expect(unknown).toMatchObject({ ok: false, code: 'registry.unknown_connector' });
    const invalid = registry.instantiate('echo', { ...echoConfig, clientSecret: undefined });
    expect(invalid).toMatchObject({
      ok: false,
      code: 'registry.config_invalid',
      issues: [expect.objectContaining({ path: 'clientSecret' })],
    });
  });
});
