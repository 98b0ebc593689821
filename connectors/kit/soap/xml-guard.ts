// Cheap checks on untrusted XML before any parser sees it: no DTD or entity declarations, bounded nesting.

/** Why a document was refused; stable codes, never the document itself. */
export type XmlGuardIssue = 'xml.doctype_forbidden' | 'xml.too_deep' | 'xml.malformed';

/** SOAP replies of the systems lienthong talks to nest well under 20 levels. */
export const DEFAULT_MAX_XML_DEPTH = 64;

export interface XmlGuardOptions {
  maxDepth?: number;
}

/** Index just past the end of a start or empty tag beginning at `start`, skipping quoted values. */
function endOfTag(xml: string, start: number): number {
  let quote = '';
  for (let j = start + 1; j < xml.length; j++) {
    const c = xml[j];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return j + 1;
    }
  }
  return -1;
}

function skipPast(xml: string, from: number, terminator: string): number {
  const end = xml.indexOf(terminator, from);
  return end === -1 ? -1 : end + terminator.length;
}

/**
 * Scans markup once. SOAP forbids DTDs (SOAP 1.1 §3, 1.2 part 1 §5), so any `<!…>` other than a
 * comment or CDATA section is refused: that covers billion laughs and external entities (XXE)
 * without ever declaring, expanding or fetching anything. Depth beyond `maxDepth` is refused too,
 * so a hostile reply cannot make parsers and validators walk millions of nested levels.
 * Returns undefined when the document may be handed to a parser.
 */
export function inspectXml(xml: string, options: XmlGuardOptions = {}): XmlGuardIssue | undefined {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_XML_DEPTH;
  let depth = 0;
  let i = xml.indexOf('<');
  while (i !== -1) {
    let next: number;
    if (xml.startsWith('<!--', i)) next = skipPast(xml, i + 4, '-->');
    else if (xml.startsWith('<![CDATA[', i)) next = skipPast(xml, i + 9, ']]>');
    else if (xml.startsWith('<!', i)) return 'xml.doctype_forbidden';
    else if (xml.startsWith('<?', i)) next = skipPast(xml, i + 2, '?>');
    else if (xml.startsWith('</', i)) {
      depth -= 1;
      next = skipPast(xml, i + 2, '>');
    } else {
      next = endOfTag(xml, i);
      if (next !== -1 && xml[next - 2] !== '/') {
        depth += 1;
        if (depth > maxDepth) return 'xml.too_deep';
      }
    }
    if (next === -1) return 'xml.malformed';
    i = xml.indexOf('<', next);
  }
  return undefined;
}
