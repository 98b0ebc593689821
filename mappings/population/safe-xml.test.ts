// Tests for the guarded, synchronous xml2js parse of CSDL dân cư answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import xml2js from 'xml2js';
import { readPopulationFixture } from '../../contracts/wire/population/fixtures.ts';
import { parsePopulationXml, stripPrefix } from './safe-xml.ts';

const rule = (xml: string, maxBytes?: number) => {
  const result = parsePopulationXml(xml, maxBytes === undefined ? {} : { maxBytes });
  return result.ok ? 'ok' : result.errors.map((e) => e.rule).join(',');
};

describe('parsePopulationXml', () => {
  it('should parse a fixture with prefixes stripped and empty elements as ""', () => {
    const result = parsePopulationXml(readPopulationFixture('found-sparse'));
    expect(result.ok).toBe(true);
    const value = result.ok ? (result.value as { Envelope: { Body: unknown } }) : undefined;
    expect(value?.Envelope.Body).toMatchObject({
      CongdanCollection: { CongDan: { SoDinhDanh: '001056007788', Me: '' } },
    });
  });

  it('should refuse DOCTYPE and ENTITY declarations before parsing', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>`;
    expect(rule(bomb)).toBe('xml.doctype_forbidden');
    expect(rule('<!doctype a SYSTEM "file:///etc/passwd"><a/>')).toBe('xml.doctype_forbidden');
    expect(rule('<a><! ENTITY x "y"></a>')).toBe('xml.doctype_forbidden');
  });

  it('should refuse answers above the size cap by UTF-8 bytes', () => {
    const xml = readPopulationFixture('found-full');
    const bytes = Buffer.byteLength(xml, 'utf8');
    expect(rule(xml, bytes)).toBe('ok');
    expect(rule(xml, bytes - 1)).toBe('xml.too_large');
    expect(rule(`<a>${'x'.repeat(1024 * 1024)}</a>`)).toBe('xml.too_large');
  });

  it('should report malformed markup without echoing it', () => {
    const result = parsePopulationXml('<a><b>001190012345</a>');
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'message', rule: 'xml.malformed', message: 'the XML is not well-formed' }],
    });
    expect(rule('<a>unterminated')).toBe('xml.malformed');
    expect(rule('not xml at all')).toBe('xml.malformed');
  });

  it('should parse correctly after a malformed document (the shared parser is replaced)', () => {
    const xml = readPopulationFixture('found-sparse');
    const first = parsePopulationXml(xml);
    expect(rule('<a><b></a>')).toBe('xml.malformed');
    expect(rule('<a>half')).toBe('xml.malformed');
    expect(parsePopulationXml(xml)).toEqual(first);
  });

  it('should never throw, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parsePopulationXml(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('stripPrefix', () => {
  it('should strip exactly what xml2js.processors.stripPrefix strips', () => {
    for (const name of ['ns1:CongDan', 'CongDan', 'a:b:c', 'xmlns:ns1', 'xmlnsx:y', ':x', 'x:']) {
      expect(stripPrefix(name)).toBe(xml2js.processors.stripPrefix(name));
    }
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).filter((s) => !/[\n\r\u2028\u2029]/.test(s)),
        (name) => {
          expect(stripPrefix(name)).toBe(xml2js.processors.stripPrefix(name));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
