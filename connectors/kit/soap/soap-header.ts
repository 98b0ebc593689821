// SOAP header elements as data, their XML, and the WS-Addressing and WS-Security headers built from them.
import { ConnectorError } from '../errors.ts';

/** One header element; children without their own namespace inherit the parent's. */
export interface SoapHeaderElement {
  /** Local name, e.g. 'MessageID'. */
  readonly name: string;
  /** Namespace URI; children default to their parent's. */
  readonly namespace?: string;
  /** Prefix bound to the namespace (default 'h'). */
  readonly prefix?: string;
  readonly attributes?: Readonly<Record<string, string>>;
  /** Text content (escaped); ignored when children are given. */
  readonly value?: string;
  readonly children?: readonly SoapHeaderElement[];
}

export const WSA_NAMESPACE = 'http://www.w3.org/2005/08/addressing';
export const WSSE_NAMESPACE =
  'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const PASSWORD_TEXT =
  'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText';

const NAME_RE = /^[A-Za-z_][\w.-]*$/;
const ATTRIBUTE_RE = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function invalid(connectorId: string, what: string): ConnectorError {
  return new ConnectorError({
    connectorId,
    errorClass: 'permanent',
    reason: 'soap.invalid_header',
    message: `${connectorId}: soap.invalid_header (${what})`,
  });
}

function elementXml(
  element: SoapHeaderElement,
  inherited: { namespace: string | undefined; prefix: string },
  connectorId: string,
): string {
  const namespace = element.namespace ?? inherited.namespace;
  const prefix = element.prefix ?? (element.namespace ? 'h' : inherited.prefix);
  if (!NAME_RE.test(element.name)) throw invalid(connectorId, 'element name');
  if (!NAME_RE.test(prefix)) throw invalid(connectorId, 'prefix');
  if (namespace === undefined) throw invalid(connectorId, `no namespace for ${element.name}`);
  const declare = namespace !== inherited.namespace || prefix !== inherited.prefix;
  let open = `<${prefix}:${element.name}`;
  if (declare) open += ` xmlns:${prefix}="${escapeXml(namespace)}"`;
  for (const [name, value] of Object.entries(element.attributes ?? {})) {
    if (!ATTRIBUTE_RE.test(name)) throw invalid(connectorId, 'attribute name');
    open += ` ${name}="${escapeXml(value)}"`;
  }
  const scope = { namespace, prefix };
  const content = element.children
    ? element.children.map((child) => elementXml(child, scope, connectorId)).join('')
    : escapeXml(element.value ?? '');
  return `${open}>${content}</${prefix}:${element.name}>`;
}

/** The XML of header elements (names checked, text and attributes escaped). */
export function soapHeaderXml(
  elements: readonly SoapHeaderElement[],
  connectorId = 'soap',
): string {
  return elements
    .map((e) => elementXml(e, { namespace: undefined, prefix: '' }, connectorId))
    .join('');
}

/** WS-Addressing 1.0 request headers: MessageID (urn:uuid), Action and To. */
export function wsAddressingHeaders(input: {
  messageId: string;
  action?: string | undefined;
  to?: string | undefined;
}): SoapHeaderElement[] {
  const wsa = (name: string, value: string): SoapHeaderElement => ({
    name,
    namespace: WSA_NAMESPACE,
    prefix: 'wsa',
    value,
  });
  const headers = [wsa('MessageID', input.messageId)];
  if (input.action !== undefined) headers.push(wsa('Action', input.action));
  if (input.to !== undefined) headers.push(wsa('To', input.to));
  return headers;
}

/** The text of a header value as the `soap` package parses it: a string, or `{ $value }` with attributes. */
export function headerText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (value !== null && typeof value === 'object' && '$value' in value) {
    const text = (value as { $value: unknown }).$value;
    return typeof text === 'string' ? text.trim() : undefined;
  }
  return undefined;
}

/** RelatesTo of a parsed response header, if any. */
export function readRelatesTo(soapHeader: unknown): string | undefined {
  if (soapHeader === null || typeof soapHeader !== 'object') return undefined;
  return headerText((soapHeader as Record<string, unknown>).RelatesTo);
}

/** A WS-Security UsernameToken with a PasswordText password (only ever over TLS in production). */
export function wsSecurityUsernameToken(username: string, password: string): SoapHeaderElement {
  return {
    name: 'Security',
    namespace: WSSE_NAMESPACE,
    prefix: 'wsse',
    children: [
      {
        name: 'UsernameToken',
        children: [
          { name: 'Username', value: username },
          { name: 'Password', attributes: { Type: PASSWORD_TEXT }, value: password },
        ],
      },
    ],
  };
}
