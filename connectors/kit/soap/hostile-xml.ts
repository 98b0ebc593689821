// Hostile XML documents simulators answer with, so tests prove a connector refuses them quickly and safely.

export const HOSTILE_XML_KINDS = ['billion_laughs', 'xxe', 'huge', 'deep'] as const;
export type HostileXmlKind = (typeof HOSTILE_XML_KINDS)[number];

export interface HostileXmlOptions {
  /** Places the payload element inside the system's envelope; default: a bare SOAP 1.1 Body. */
  wrap?: (inner: string) => string;
  /** What the XXE entity points at: a URL a test can watch for hits (default file:///etc/passwd). */
  probeUrl?: string;
  /** Size of the 'huge' document's text (default 10 MiB). */
  bytes?: number;
  /** Nesting of the 'deep' document (default 100 000 levels). */
  depth?: number;
}

const SOAP_ENV = 'http://schemas.xmlsoap.org/soap/envelope/';
const PROLOG = '<?xml version="1.0" encoding="UTF-8"?>';

const soapBody = (inner: string): string =>
  `<soapenv:Envelope xmlns:soapenv="${SOAP_ENV}"><soapenv:Body>${inner}</soapenv:Body></soapenv:Envelope>`;

/** Ten entities each expanding to ten of the previous: 10^9 "lol"s if a parser expanded them. */
function billionLaughs(): string {
  const entities = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) {
    const prev = i === 1 ? '&lol;' : `&lol${i - 1};`;
    entities.push(`<!ENTITY lol${i} "${prev.repeat(10)}">`);
  }
  return `<!DOCTYPE soapenv:Envelope [${entities.join('')}]>`;
}

/** One hostile document of the given kind, inside the system's envelope. */
export function hostileXml(kind: HostileXmlKind, options: HostileXmlOptions = {}): string {
  const wrap = options.wrap ?? soapBody;
  switch (kind) {
    case 'billion_laughs':
      return `${PROLOG}${billionLaughs()}${wrap('<Ten>&lol9;</Ten>')}`;
    case 'xxe': {
      const target = options.probeUrl ?? 'file:///etc/passwd';
      const doctype = `<!DOCTYPE soapenv:Envelope [<!ENTITY xxe SYSTEM "${target}">]>`;
      return `${PROLOG}${doctype}${wrap('<Ten>&xxe;</Ten>')}`;
    }
    case 'huge':
      return `${PROLOG}${wrap(`<Ten>${'A'.repeat(options.bytes ?? 10 * 1024 * 1024)}</Ten>`)}`;
    case 'deep': {
      const depth = options.depth ?? 100_000;
      return `${PROLOG}${wrap(`${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}`)}`;
    }
  }
}
