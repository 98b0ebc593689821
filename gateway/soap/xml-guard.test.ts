// guardXml and checkXmlContentType: hostile and malformed documents refused with stable codes; valid ones pass.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkXmlContentType,
  DEFAULT_XML_LIMITS,
  guardXml,
  SOAP_11_ENVELOPE,
  SOAP_12_ENVELOPE,
} from './xml-guard.ts';

const SERVICE = 'urn:lienthong:exchange:v1';
const soap = { envelopeNamespaces: [SOAP_11_ENVELOPE], bodyNamespaces: [SERVICE] };
const envelope = (body: string, header = '', ns = SOAP_11_ENVELOPE) =>
  `<?xml version="1.0" encoding="UTF-8"?><s:Envelope xmlns:s="${ns}" xmlns:e="${SERVICE}">${header}<s:Body>${body}</s:Body></s:Envelope>`;
const op = '<e:CapNhatTrangThai><e:MaHoSo>A&amp;B &#x41;&#65;</e:MaHoSo></e:CapNhatTrangThai>';

const codeOf = (text: string, options = {}) => {
  const result = guardXml(text, options);
  return result.ok ? 'ok' : result.code;
};

describe('guardXml', () => {
  it('should pass a SOAP 1.1 envelope and name the Body element', () => {
    const result = guardXml(envelope(op, '<s:Header><x:Any xmlns:x="urn:x"/></s:Header>'), {
      soap,
    });
    expect(result).toEqual({
      ok: true,
      root: { ns: SOAP_11_ENVELOPE, local: 'Envelope' },
      soap: {
        envelopeNamespace: SOAP_11_ENVELOPE,
        body: [{ ns: SERVICE, local: 'CapNhatTrangThai' }],
      },
    });
  });

  it('should pass comments, CDATA, processing instructions, a BOM and default namespaces', () => {
    const text = `\uFEFF<?xml version="1.0"?><!-- <!DOCTYPE not really> --><?pi x?><r xmlns="urn:r" a='1' b="&lt;"><![CDATA[<!ENTITY x "y"> &bogus;]]><c/></r>`;
    expect(guardXml(text)).toEqual({ ok: true, root: { ns: 'urn:r', local: 'r' } });
  });

  it('should refuse DOCTYPE and ENTITY declarations in any spelling', () => {
    for (const decl of [
      '<!DOCTYPE r [<!ENTITY a "b">]>',
      '<!doctype r SYSTEM "file:///etc/passwd">',
      '<!DOCTYPE r PUBLIC "-//x" "http://127.0.0.1/x.dtd">',
    ])
      expect(codeOf(`<?xml version="1.0"?>${decl}<r/>`)).toBe('xml.doctype_forbidden');
    expect(codeOf('<r><!ENTITY a "b"></r>')).toBe('xml.doctype_forbidden');
  });

  it('should refuse references to entities no DTD could declare', () => {
    expect(codeOf('<r>&xxe;</r>')).toBe('xml.malformed');
    expect(codeOf('<r a="&lol9;"/>')).toBe('xml.malformed');
    expect(codeOf('<r>&amp;&lt;&gt;&quot;&apos;&#10;&#x1F600;</r>')).toBe('ok');
  });

  it('should refuse documents over the byte limit, counting UTF-8 bytes', () => {
    expect(codeOf(`<r>${'x'.repeat(100)}</r>`, { maxBytes: 100 })).toBe('xml.too_large');
    // 40 characters of 3 bytes each: 127 bytes though only 47 UTF-16 units.
    expect(codeOf(`<r>${'ệ'.repeat(40)}</r>`, { maxBytes: 120 })).toBe('xml.too_large');
    expect(codeOf(`<r>${'ệ'.repeat(30)}</r>`, { maxBytes: 120 })).toBe('ok');
  });

  it('should refuse nesting deeper than maxDepth and more elements than maxElements', () => {
    const nest = (n: number) => `${'<a>'.repeat(n)}${'</a>'.repeat(n)}`;
    expect(codeOf(nest(DEFAULT_XML_LIMITS.maxDepth))).toBe('ok');
    expect(codeOf(nest(DEFAULT_XML_LIMITS.maxDepth + 1))).toBe('xml.too_deep');
    expect(codeOf(nest(100_000))).toBe('xml.too_deep');
    expect(codeOf(`<r>${'<a/>'.repeat(10)}</r>`, { maxElements: 10 })).toBe(
      'xml.too_many_elements',
    );
    expect(codeOf(`<r>${'<a/>'.repeat(9)}</r>`, { maxElements: 10 })).toBe('ok');
  });

  it('should refuse too many or repeated attributes', () => {
    const attrs = (n: number) => Array.from({ length: n }, (_, i) => ` a${i}="v"`).join('');
    expect(codeOf(`<r${attrs(3)}/>`, { maxAttributes: 2 })).toBe('xml.too_many_attributes');
    expect(codeOf('<r a="1" a="2"/>')).toBe('xml.malformed');
  });

  it('should refuse malformed documents', () => {
    for (const text of [
      '',
      'text',
      '<r>',
      '<r></s>',
      '<r/><r/>',
      '<r/>trailing',
      '<r a=1/>',
      '<r a="1/>',
      '<r><!-- open</r>',
      '<r><![CDATA[ open</r>',
      '<p:r/>',
      '<r x:a="1"/>',
      '<r><?pi open</r>',
      '<r>a</r><?xml version="1.0"?>',
      '<1r/>',
      '<r><!ELEMENT r ANY></r>',
    ])
      expect(codeOf(text), text).toBe('xml.malformed');
  });

  it('should refuse encodings other than UTF-8', () => {
    expect(codeOf('<?xml version="1.0" encoding="ISO-8859-1"?><r/>')).toBe(
      'xml.encoding_unsupported',
    );
    expect(codeOf("<?xml version='1.0' encoding='utf-8'?><r/>")).toBe('ok');
  });

  it('should hold SOAP envelopes to their namespaces and shape', () => {
    expect(codeOf(envelope(op), { soap })).toBe('ok');
    expect(codeOf(envelope(op, '', SOAP_12_ENVELOPE), { soap })).toBe('xml.envelope_invalid');
    expect(codeOf(envelope(op, '', SOAP_12_ENVELOPE), { soap: {} })).toBe('ok');
    expect(codeOf(`<e:Envelope xmlns:e="${SERVICE}"/>`, { soap })).toBe('xml.envelope_invalid');
    expect(codeOf(`<s:Envelope xmlns:s="${SOAP_11_ENVELOPE}"/>`, { soap })).toBe(
      'xml.envelope_invalid',
    );
    expect(codeOf(envelope(op).replace('<s:Body>', '<s:Body/><s:Body>'), { soap })).toBe(
      'xml.envelope_invalid',
    );
    expect(codeOf(envelope(op, '<s:Other/>'), { soap })).toBe('xml.envelope_invalid');
    const foreign = `<x:CapNhatTrangThai xmlns:x="urn:evil"><x:MaHoSo>A</x:MaHoSo></x:CapNhatTrangThai>`;
    expect(codeOf(envelope(foreign), { soap })).toBe('xml.namespace_invalid');
    expect(codeOf(envelope('<CapNhatTrangThai/>'), { soap })).toBe('xml.namespace_invalid');
    expect(codeOf(envelope(op).replace('</s:Body>', '</s:Body><s:Header/>'), { soap })).toBe(
      'xml.envelope_invalid',
    );
  });

  it('should never throw and only answer known codes, whatever the text (property)', () => {
    const codes = new Set([
      'ok',
      'xml.malformed',
      'xml.doctype_forbidden',
      'xml.too_deep',
      'xml.too_many_elements',
      'xml.too_many_attributes',
      'xml.encoding_unsupported',
      'xml.too_large',
      'xml.envelope_invalid',
      'xml.namespace_invalid',
    ]);
    const piece = fc.constantFrom(
      '<',
      '>',
      '/',
      '!',
      '?',
      '&',
      ';',
      '"',
      "'",
      '=',
      ' ',
      'a',
      'x:',
      '<!DOCTYPE',
      '<![CDATA[',
      ']]>',
      '-->',
      '<!--',
      '&amp;',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        expect(codes.has(codeOf(parts.join(''), { soap }))).toBe(true);
        expect(codes.has(codeOf(parts.join('')))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('should accept every well-formed tree within the limits and refuse it past maxDepth (property)', () => {
    type Tree = { name: string; children: Tree[]; text: string };
    const name = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
    const text = fc
      .string({ maxLength: 12 })
      .map((s) => s.replace(/[<&\uFFFE\uFFFF]/g, '').replace(/[\uD800-\uDFFF]/g, ''));
    const leaf = fc.record({ name, text, children: fc.constant([] as Tree[]) });
    const treeOf = (levels: number): fc.Arbitrary<Tree> =>
      levels === 0
        ? leaf
        : fc.record({ name, text, children: fc.array(treeOf(levels - 1), { maxLength: 3 }) });
    const tree = treeOf(6);
    const render = (t: Tree): string =>
      `<${t.name}>${t.text}${t.children.map(render).join('')}</${t.name}>`;
    const depth = (t: Tree): number => 1 + Math.max(0, ...t.children.map(depth));
    fc.assert(
      fc.property(tree, (t) => {
        expect(codeOf(render(t))).toBe('ok');
        const limit = depth(t) - 1;
        if (limit >= 1) expect(codeOf(render(t), { maxDepth: limit })).toBe('xml.too_deep');
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkXmlContentType', () => {
  it('should accept XML media types in UTF-8 or without a charset', () => {
    for (const header of [
      'text/xml',
      'text/xml; charset=utf-8',
      'Text/XML;charset="UTF-8"',
      'application/soap+xml; action="x"',
    ])
      expect(checkXmlContentType(header)).toEqual({ ok: true });
  });

  it('should refuse other media types, other charsets and a missing header', () => {
    for (const header of [
      undefined,
      '',
      'application/json',
      'text/xml; charset=iso-8859-1',
      'text/xmlx',
    ])
      expect(checkXmlContentType(header)).toMatchObject({
        ok: false,
        code: 'xml.unsupported_media_type',
      });
    expect(checkXmlContentType('application/soap+xml', ['text/xml'])).toMatchObject({ ok: false });
  });
});
