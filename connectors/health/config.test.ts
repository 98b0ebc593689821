// The health config: defaults, required unit number, token URL forms, secret redaction.
import { describe, expect, it } from 'vitest';
import { healthConnector } from './connector.ts';

const base = {
  baseUrl: 'https://lgsp.hanoi.gov.vn/hotich-yte/1.0',
  clientId: 'lienthong',
  clientSecret: 'secret-from-env',
  maDonVi: 1001,
};

describe('HealthConfigSchema', () => {
  it('should fill the service paths, province and module by default', () => {
    const parsed = healthConnector.parseConfig(base);
    expect(parsed.ok && parsed.config).toMatchObject({
      maTinh: '01',
      module: 'KS',
      tokenSkewMs: 30_000,
      paths: {
        token: '/token',
        submit: '/hoTich/tiepNhanHoSo',
        birthCertificate: '/giayChungSinh',
      },
    });
  });

  it('should take an absolute token URL and refuse a relative path without a slash', () => {
    const absolute = { ...base, paths: { token: 'https://lgsp.hanoi.gov.vn/token' } };
    expect(healthConnector.parseConfig(absolute).ok).toBe(true);
    const parsed = healthConnector.parseConfig({ ...base, paths: { submit: 'hoTich' } });
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual(['paths.submit']);
  });

  it('should require the unit number and redact the secret', () => {
    const { maDonVi: _, ...withoutUnit } = base;
    const parsed = healthConnector.parseConfig(withoutUnit);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual(['maDonVi']);
    const ok = healthConnector.parseConfig(base);
    if (!ok.ok) throw new Error('config rejected');
    expect(JSON.stringify(healthConnector.redactConfig(ok.config))).not.toContain(
      'secret-from-env',
    );
  });
});
