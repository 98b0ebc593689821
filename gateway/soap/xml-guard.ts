// XML hardening applied before any XML parser sees a body: size, DTDs, depth, element count, namespaces, media type.
import { type ScanCode, scanXml, type XmlName } from './xml-scan.ts';

export type { XmlName } from './xml-scan.ts';

export interface XmlLimits {
  /** Largest document in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest element nesting (the root is depth 1). */
  maxDepth: number;
  maxElements: number;
  maxAttributes: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = {
  maxBytes: 1024 * 1024,
  maxDepth: 64,
  maxElements: 20_000,
  maxAttributes: 64,
};

export const SOAP_11_ENVELOPE = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP_12_ENVELOPE = 'http://www.w3.org/2003/05/soap-envelope';

/** When set, the document must be a SOAP envelope whose Body children are in `bodyNamespaces`. */
export interface SoapExpectation {
  /** Accepted envelope namespaces; SOAP 1.1 and 1.2 by default. */
  envelopeNamespaces?: readonly string[];
  /** Namespaces a Body child may be in; any when absent (e.g. a response that may be a Fault). */
  bodyNamespaces?: readonly string[];
}

export type XmlGuardCode =
  | ScanCode
  | 'xml.too_large'
  | 'xml.envelope_invalid'
  | 'xml.namespace_invalid'
  | 'xml.unsupported_media_type';

export type XmlGuardFailure = { ok: false; code: XmlGuardCode; message: string };

export type XmlGuardResult =
  | {
      ok: true;
      root: XmlName;
      /** Present when a SOAP envelope was expected: its namespace and the Body's children. */
      soap?: { envelopeNamespace: string; body: XmlName[] };
    }
  | XmlGuardFailure;

const fail = (code: XmlGuardCode, message: string): XmlGuardFailure => ({
  ok: false,
  code,
  message,
});

/**
 * Checks a whole document as text. Cheap and bounded: one pass, no recursion, no entity
 * expansion, so a hostile document costs at most its (capped) length. Never throws.
 */
export function guardXml(
  text: string,
  options: Partial<XmlLimits> & { soap?: SoapExpectation } = {},
): XmlGuardResult {
  const limits = { ...DEFAULT_XML_LIMITS, ...options };
  // UTF-16 length ≤ UTF-8 bytes, so the exact count is needed only near the limit.
  if (text.length > limits.maxBytes || Buffer.byteLength(text, 'utf8') > limits.maxBytes)
    return fail('xml.too_large', `the document exceeds ${limits.maxBytes} bytes`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const soap = options.soap;
  const envelopes = soap?.envelopeNamespaces ?? [SOAP_11_ENVELOPE, SOAP_12_ENVELOPE];
  let root: XmlName | undefined;
  let envelopeNamespace = '';
  let sawBody = false;
  let inBody = false;
  const bodyChildren: XmlName[] = [];

  const scan = scanXml<XmlGuardCode>(body, limits, (name, depth) => {
    if (depth === 1) root = name;
    if (!soap) return undefined;
    if (depth === 1) {
      if (name.local !== 'Envelope' || !envelopes.includes(name.ns))
        return fail(
          'xml.envelope_invalid',
          `the root must be a SOAP Envelope (${envelopes.join(' or ')})`,
        );
      envelopeNamespace = name.ns;
    } else if (depth === 2) {
      inBody = false;
      if (name.ns !== envelopeNamespace || (name.local !== 'Header' && name.local !== 'Body'))
        return fail('xml.envelope_invalid', 'an Envelope holds only Header and Body');
      if (name.local === 'Header' && (sawBody || bodyChildren.length > 0))
        return fail('xml.envelope_invalid', 'the Header must come before the Body');
      if (name.local === 'Body') {
        if (sawBody) return fail('xml.envelope_invalid', 'an Envelope has one Body');
        sawBody = true;
        inBody = true;
      }
    } else if (depth === 3 && inBody) {
      if (soap.bodyNamespaces && !soap.bodyNamespaces.includes(name.ns))
        return fail(
          'xml.namespace_invalid',
          `the Body element must be in ${soap.bodyNamespaces.join(' or ')}`,
        );
      bodyChildren.push(name);
    }
    return undefined;
  });
  if (!scan.ok) return scan;
  if (!root) return fail('xml.malformed', 'no root element');
  if (!soap) return { ok: true, root };
  if (!sawBody) return fail('xml.envelope_invalid', 'the Envelope has no Body');
  return { ok: true, root, soap: { envelopeNamespace, body: bodyChildren } };
}

/** SOAP 1.1 travels as text/xml, SOAP 1.2 as application/soap+xml; plain XML as application/xml. */
export const XML_MEDIA_TYPES = ['text/xml', 'application/xml', 'application/soap+xml'] as const;

/**
 * Checks a Content-Type header: one of `accepted`, and UTF-8 (or no charset, meaning the XML
 * declaration's, which guardXml holds to UTF-8 too).
 */
export function checkXmlContentType(
  header: string | undefined,
  accepted: readonly string[] = XML_MEDIA_TYPES,
): { ok: true } | XmlGuardFailure {
  const [type = '', ...params] = (header ?? '').split(';').map((part) => part.trim());
  if (!accepted.includes(type.toLowerCase()))
    return fail('xml.unsupported_media_type', `expected Content-Type ${accepted.join(' or ')}`);
  for (const param of params) {
    const [key, value = ''] = param.split('=').map((part) => part.trim());
    if (key?.toLowerCase() !== 'charset') continue;
    const charset = value.replace(/^"|"$/g, '').toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii')
      return fail('xml.unsupported_media_type', 'only the UTF-8 charset is accepted');
  }
  return { ok: true };
}
