// Tests of inspectXml: declarations refused, depth bounded, ordinary SOAP accepted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileXml } from './hostile-xml.ts';
import { inspectXml } from './xml-guard.ts';

const ENVELOPE =
  '<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">' +
  '<s:Body><!-- c <x> --><a b="1>2" c=\'/>\'><![CDATA[<not><markup>]]><e/></a></s:Body></s:Envelope>';

describe('inspectXml', () => {
  it('should accept an envelope with comments, CDATA, empty tags and ">" inside attribute values', () => {
    expect(inspectXml(ENVELOPE)).toBeUndefined();
  });

  it('should refuse every DOCTYPE and entity declaration', () => {
    expect(inspectXml(hostileXml('billion_laughs'))).toBe('xml.doctype_forbidden');
    expect(inspectXml(hostileXml('xxe', { probeUrl: 'http://127.0.0.1:9/x' }))).toBe(
      'xml.doctype_forbidden',
    );
    expect(inspectXml('<!DOCTYPE a><a/>')).toBe('xml.doctype_forbidden');
    expect(inspectXml('<a><!ENTITY x "y"></a>')).toBe('xml.doctype_forbidden');
  });

  it('should refuse nesting deeper than the limit and accept it at the limit', () => {
    expect(inspectXml(hostileXml('deep', { depth: 1_000 }))).toBe('xml.too_deep');
    const at = (n: number) => `${'<a>'.repeat(n)}${'</a>'.repeat(n)}`;
    expect(inspectXml(at(10), { maxDepth: 10 })).toBeUndefined();
    expect(inspectXml(at(11), { maxDepth: 10 })).toBe('xml.too_deep');
  });

  it('should report unterminated markup as malformed', () => {
    expect(inspectXml('<a><!-- never closed')).toBe('xml.malformed');
    expect(inspectXml('<a b="unterminated>')).toBe('xml.malformed');
  });

  it('should measure the depth of any balanced tree exactly (property, 200 runs)', () => {
    type Tree = { children: Tree[] };
    const tree = fc.letrec<{ node: Tree }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constant<Tree>({ children: [] }),
        fc.record({ children: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
      ),
    })).node;
    const xml = (t: Tree): string =>
      t.children.length === 0 ? '<e/>' : `<n k="v>">${t.children.map(xml).join('text')}</n>`;
    const depth = (t: Tree): number =>
      t.children.length === 0 ? 0 : 1 + Math.max(...t.children.map(depth));
    fc.assert(
      fc.property(tree, (t) => {
        const d = depth(t);
        expect(inspectXml(xml(t), { maxDepth: d })).toBeUndefined();
        if (d > 0) expect(inspectXml(xml(t), { maxDepth: d - 1 })).toBe('xml.too_deep');
      }),
      { numRuns: 200 },
    );
  });
});
