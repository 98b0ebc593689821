// Fault envelopes: SOAP 1.1 shape, LoiLienThong detail in the service namespace, escaped text.
import { describe, expect, it } from 'vitest';
import { escapeXml, faultInfo, faultResponse, INTERNAL_FAULT, renderFault } from './soap-fault.ts';
import { guardXml } from './xml-guard.ts';

describe('renderFault', () => {
  it('should render faultcode, faultstring and a qualified LoiLienThong detail', () => {
    const xml = renderFault(
      faultInfo('Client', 'auth.forbidden', 'The member lacks the right result.submit'),
      'req-1',
    );
    expect(xml).toContain('<faultcode>soap:Client</faultcode>');
    expect(xml).toContain('<faultstring>The member lacks the right result.submit</faultstring>');
    expect(xml).toContain(
      '<lt:LoiLienThong xmlns:lt="urn:lienthong:exchange:v1"><lt:Code>auth.forbidden</lt:Code>',
    );
    expect(xml).toContain('<lt:RequestId>req-1</lt:RequestId>');
    expect(guardXml(xml, { soap: {} })).toMatchObject({ ok: true });
  });

  it('should escape markup and drop characters XML cannot carry', () => {
    const xml = renderFault(faultInfo('Client', 'request.invalid', 'a <b> & "c" \u0000\u0007d'));
    expect(xml).toContain('<faultstring>a &lt;b&gt; &amp; &quot;c&quot; d</faultstring>');
    expect(xml).not.toContain('RequestId');
    expect(guardXml(xml)).toMatchObject({ ok: true });
    expect(escapeXml(`'`)).toBe('&apos;');
  });

  it('should answer internal errors with a fixed text on soap:Server', async () => {
    const response = faultResponse(INTERNAL_FAULT, 'r');
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    const text = await response.text();
    expect(text).toContain(
      '<faultcode>soap:Server</faultcode><faultstring>Internal error</faultstring>',
    );
    expect(text).toContain('<lt:Code>internal</lt:Code>');
  });
});
