// Tests of SOAP header serialisation and the WS-Addressing / WS-Security helpers.
import { describe, expect, it } from 'vitest';
import { ConnectorError } from '../errors.ts';
import {
  escapeXml,
  readRelatesTo,
  soapHeaderXml,
  WSA_NAMESPACE,
  wsAddressingHeaders,
  wsSecurityUsernameToken,
} from './soap-header.ts';

describe('soapHeaderXml', () => {
  it('should declare each namespace once and let children inherit it', () => {
    const xml = soapHeaderXml([
      {
        name: 'Auth',
        namespace: 'urn:a',
        prefix: 'a',
        children: [
          { name: 'Key', value: 'k&1' },
          { name: 'Other', namespace: 'urn:b', value: '<x>' },
        ],
      },
    ]);
    expect(xml).toBe(
      '<a:Auth xmlns:a="urn:a"><a:Key>k&amp;1</a:Key><h:Other xmlns:h="urn:b">&lt;x&gt;</h:Other></a:Auth>',
    );
  });

  it('should refuse element, prefix and attribute names that would break the markup', () => {
    expect(() => soapHeaderXml([{ name: 'a b', namespace: 'urn:a' }])).toThrow(ConnectorError);
    expect(() => soapHeaderXml([{ name: 'a', namespace: 'urn:a', prefix: 'x"' }])).toThrow(
      ConnectorError,
    );
    expect(() =>
      soapHeaderXml([{ name: 'a', namespace: 'urn:a', attributes: { 'x="1"': 'v' } }]),
    ).toThrow(ConnectorError);
    expect(() => soapHeaderXml([{ name: 'a' }])).toThrow(ConnectorError);
  });

  it('should escape the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});

describe('wsAddressingHeaders', () => {
  it('should build MessageID, Action and To in the WS-Addressing 1.0 namespace', () => {
    const xml = soapHeaderXml(
      wsAddressingHeaders({ messageId: 'urn:uuid:1', action: 'urn:x#Op', to: 'http://h/p' }),
    );
    expect(xml).toBe(
      `<wsa:MessageID xmlns:wsa="${WSA_NAMESPACE}">urn:uuid:1</wsa:MessageID>` +
        `<wsa:Action xmlns:wsa="${WSA_NAMESPACE}">urn:x#Op</wsa:Action>` +
        `<wsa:To xmlns:wsa="${WSA_NAMESPACE}">http://h/p</wsa:To>`,
    );
  });

  it('should read RelatesTo as text or as a value with attributes', () => {
    expect(readRelatesTo({ RelatesTo: ' urn:uuid:1 ' })).toBe('urn:uuid:1');
    expect(readRelatesTo({ RelatesTo: { attributes: { x: 'y' }, $value: 'urn:uuid:2' } })).toBe(
      'urn:uuid:2',
    );
    expect(readRelatesTo(undefined)).toBeUndefined();
    expect(readRelatesTo({ Other: 'x' })).toBeUndefined();
  });
});

describe('wsSecurityUsernameToken', () => {
  it('should carry the user name and a PasswordText password, escaped', () => {
    const xml = soapHeaderXml([wsSecurityUsernameToken('motcua', 'p<&>w')]);
    expect(xml).toContain('<wsse:Username>motcua</wsse:Username>');
    expect(xml).toContain('#PasswordText">p&lt;&amp;&gt;w</wsse:Password>');
    expect(xml.match(/xmlns:wsse=/g)).toHaveLength(1);
  });
});
