// A small iterative XML scanner: checks well-formedness and limits without building a tree or expanding anything.

/** An element's resolved name: namespace URI ('' when none) and local name. */
export interface XmlName {
  ns: string;
  local: string;
}

export interface ScanLimits {
  maxDepth: number;
  maxElements: number;
  maxAttributes: number;
}

export type ScanCode =
  | 'xml.doctype_forbidden'
  | 'xml.too_deep'
  | 'xml.too_many_elements'
  | 'xml.too_many_attributes'
  | 'xml.encoding_unsupported'
  | 'xml.malformed';

export type ScanResult<C extends string = never> =
  | { ok: true; elements: number }
  | { ok: false; code: ScanCode | C; message: string };

/** Called for each start tag with its depth (the root is 1); returning a problem stops the scan. */
export type OnElement<C extends string> = (
  name: XmlName,
  depth: number,
) => { code: C; message: string } | undefined;

/** `&` must start one of the five predefined entities or a character reference: no DTD, no others. */
const BAD_REFERENCE = /&(?!(?:lt|gt|amp|apos|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/;
const NAME =
  /^[A-Za-z_\u00C0-\uFFEF][\w.\-\u00B7\u00C0-\uFFEF]*(?::[A-Za-z_\u00C0-\uFFEF][\w.\-\u00B7\u00C0-\uFFEF]*)?$/;
const ENCODING = /\bencoding\s*=\s*["']([^"']*)["']/;
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
const WHITESPACE = /^[ \t\r\n]*$/;
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

type Scope = Record<string, string>;
type Problem = { ok: false; code: ScanCode; message: string };

const problem = (code: ScanCode, message: string): Problem => ({ ok: false, code, message });

/** Resolves `p:local` against the scope; an undeclared prefix is a namespace error (malformed). */
function resolve(qname: string, scope: Scope, isAttribute: boolean): XmlName | undefined {
  const colon = qname.indexOf(':');
  if (colon < 0) return { ns: isAttribute ? '' : (scope[''] ?? ''), local: qname };
  const prefix = qname.slice(0, colon);
  const ns = prefix === 'xml' ? XML_NS : scope[prefix];
  return ns === undefined ? undefined : { ns, local: qname.slice(colon + 1) };
}

/** Reads the attributes of a start tag (from `i`, after its name) up to `>` or `/>`. */
function readAttributes(
  text: string,
  start: number,
  maxAttributes: number,
): { end: number; selfClosing: boolean; attributes: Array<[string, string]> } | Problem {
  const attributes: Array<[string, string]> = [];
  let i = start;
  for (;;) {
    const afterSpace = skipSpace(text, i);
    const ch = text[afterSpace];
    if (ch === '>') return { end: afterSpace + 1, selfClosing: false, attributes };
    if (ch === '/' && text[afterSpace + 1] === '>')
      return { end: afterSpace + 2, selfClosing: true, attributes };
    if (afterSpace === i || ch === undefined) return problem('xml.malformed', 'bad start tag');
    const eq = text.indexOf('=', afterSpace);
    if (eq < 0) return problem('xml.malformed', 'attribute without a value');
    const name = text.slice(afterSpace, eq).trimEnd();
    if (!NAME.test(name)) return problem('xml.malformed', 'bad attribute name');
    const quoteAt = skipSpace(text, eq + 1);
    const quote = text[quoteAt];
    if (quote !== '"' && quote !== "'") return problem('xml.malformed', 'unquoted attribute');
    const close = text.indexOf(quote, quoteAt + 1);
    if (close < 0) return problem('xml.malformed', 'unterminated attribute value');
    const value = text.slice(quoteAt + 1, close);
    if (value.includes('<') || BAD_REFERENCE.test(value))
      return problem('xml.malformed', 'bad character or entity reference in an attribute');
    if (attributes.some(([seen]) => seen === name))
      return problem('xml.malformed', 'repeated attribute');
    attributes.push([name, value]);
    if (attributes.length > maxAttributes)
      return problem('xml.too_many_attributes', `more than ${maxAttributes} attributes`);
    i = close + 1;
  }
}

function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && ' \t\r\n'.includes(text[j]!)) j++;
  return j;
}

/** Scans the whole document once; never recurses, so depth costs no stack. */
export function scanXml<C extends string = never>(
  text: string,
  limits: ScanLimits,
  onElement?: OnElement<C>,
): ScanResult<C> {
  const open: string[] = [];
  const scopes: Scope[] = [{}];
  let elements = 0;
  let rootClosed = false;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const segment = text.slice(i, lt < 0 ? text.length : lt);
    if (segment.length > 0) {
      if (open.length === 0 && !WHITESPACE.test(segment))
        return problem('xml.malformed', 'text outside the root element');
      if (BAD_REFERENCE.test(segment))
        return problem('xml.malformed', 'undeclared entity reference (only the five XML entities)');
    }
    if (lt < 0) break;
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) return problem('xml.malformed', 'unterminated processing instruction');
      if (/^<\?xml[ \t\r\n]/.test(text.slice(lt, lt + 6))) {
        if (lt !== 0) return problem('xml.malformed', 'the XML declaration must come first');
        const encoding = ENCODING.exec(text.slice(lt, end))?.[1]?.toLowerCase();
        if (encoding !== undefined && !UTF8_NAMES.has(encoding))
          return problem('xml.encoding_unsupported', 'only UTF-8 documents are accepted');
      }
      i = end + 2;
    } else if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) return problem('xml.malformed', 'unterminated comment');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      if (open.length === 0) return problem('xml.malformed', 'CDATA outside the root element');
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) return problem('xml.malformed', 'unterminated CDATA section');
      i = end + 3;
    } else if (text.startsWith('<!', lt)) {
      if (/^<!(DOCTYPE|ENTITY)/i.test(text.slice(lt, lt + 9)))
        return problem('xml.doctype_forbidden', 'DOCTYPE and ENTITY declarations are not accepted');
      return problem('xml.malformed', 'unexpected markup declaration');
    } else if (text[lt + 1] === '/') {
      const end = text.indexOf('>', lt + 2);
      if (end < 0) return problem('xml.malformed', 'unterminated end tag');
      const name = text.slice(lt + 2, end).trimEnd();
      if (open.pop() !== name) return problem('xml.malformed', 'mismatched end tag');
      scopes.pop();
      if (open.length === 0) rootClosed = true;
      i = end + 1;
    } else {
      if (rootClosed) return problem('xml.malformed', 'more than one root element');
      let nameEnd = lt + 1;
      while (nameEnd < text.length && !' \t\r\n/>'.includes(text[nameEnd]!)) nameEnd++;
      const name = text.slice(lt + 1, nameEnd);
      if (!NAME.test(name)) return problem('xml.malformed', 'bad element name');
      const tag = readAttributes(text, nameEnd, limits.maxAttributes);
      if ('code' in tag) return tag;
      elements++;
      if (elements > limits.maxElements)
        return problem('xml.too_many_elements', `more than ${limits.maxElements} elements`);
      const depth = open.length + 1;
      if (depth > limits.maxDepth)
        return problem('xml.too_deep', `elements nested deeper than ${limits.maxDepth}`);
      const parent = scopes[scopes.length - 1]!;
      let scope = parent;
      for (const [attr, value] of tag.attributes) {
        if (attr !== 'xmlns' && !attr.startsWith('xmlns:')) continue;
        if (scope === parent) scope = { ...parent };
        scope[attr === 'xmlns' ? '' : attr.slice(6)] = value;
      }
      const resolved = resolve(name, scope, false);
      if (!resolved) return problem('xml.malformed', 'undeclared namespace prefix');
      for (const [attr] of tag.attributes)
        if (!attr.startsWith('xmlns') && !resolve(attr, scope, true))
          return problem('xml.malformed', 'undeclared namespace prefix');
      const refused = onElement?.(resolved, depth);
      if (refused) return { ok: false, ...refused };
      if (tag.selfClosing) {
        if (open.length === 0) rootClosed = true;
      } else {
        open.push(name);
        scopes.push(scope);
      }
      i = tag.end;
    }
  }
  if (open.length > 0) return problem('xml.malformed', 'unclosed element');
  if (!rootClosed) return problem('xml.malformed', 'no root element');
  return { ok: true, elements };
}
