// The business config: defaults, check code validation, token URL forms, secret redaction.
import { describe, expect, it } from 'vitest';
import { businessConnector } from './connector.ts';

const base = {
  baseUrl: 'https://lgsp.hanoi.gov.vn',
  clientId: 'lienthong',
  clientSecret: 'secret-from-env',
};

describe('BusinessConfigSchema', () => {
  it("should default to the provincial gateway's lookup path and a valid check code", () => {
    const parsed = businessConnector.parseConfig(base);
    expect(parsed.ok && parsed.config).toMatchObject({
      paths: { token: '/token', lookup: '/apiDKKD/DoanhNghiep/chiTietDoanhNghiep' },
      checkCode: '0100109106',
    });
  });

  it('should refuse a check code with a wrong check digit and take an absolute token URL', () => {
    const parsed = businessConnector.parseConfig({ ...base, checkCode: '0100109107' });
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual(['checkCode']);
    const absolute = { ...base, paths: { token: 'https://lgsp.hanoi.gov.vn/token' } };
    expect(businessConnector.parseConfig(absolute).ok).toBe(true);
  });

  it('should redact the client secret', () => {
    const parsed = businessConnector.parseConfig(base);
    if (!parsed.ok) throw new Error('config rejected');
    const shown = JSON.stringify(businessConnector.redactConfig(parsed.config));
    expect(shown).not.toContain('secret-from-env');
    expect(shown).toContain('[redacted]');
  });
});
