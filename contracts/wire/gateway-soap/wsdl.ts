// Where the gateway's LienThongExchange WSDL lives, its namespace and actions, and readers for its text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EXCHANGE_NAMESPACE = 'urn:lienthong:exchange:v1';

/** The WSDL file on disk (usable as a path by `soap.createClientAsync` and `soap.listen`). */
export const EXCHANGE_WSDL_PATH = fileURLToPath(new URL('./exchange.wsdl', import.meta.url));

/** The placeholder soap:address in the file; the gateway replaces it when serving. */
export const EXCHANGE_WSDL_DEFAULT_ADDRESS = 'http://localhost:8080/soap/v1/exchange';

/** soapAction header value per operation, as bound in the WSDL. */
export const EXCHANGE_SOAP_ACTIONS = {
  CapNhatKetQua: 'urn:lienthong:exchange:v1#CapNhatKetQua',
  CapNhatTrangThai: 'urn:lienthong:exchange:v1#CapNhatTrangThai',
} as const;
export type ExchangeOperation = keyof typeof EXCHANGE_SOAP_ACTIONS;

/** The WSDL 1.1 text of LienThongExchange (XSD embedded in wsdl:types). */
export function readExchangeWsdl(): string {
  return readFileSync(EXCHANGE_WSDL_PATH, 'utf8');
}

const escapeXmlAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The WSDL text with the service address replaced by the gateway's public URL. */
export function exchangeWsdlWithAddress(address: string): string {
  return readExchangeWsdl().replace(
    `location="${EXCHANGE_WSDL_DEFAULT_ADDRESS}"`,
    `location="${escapeXmlAttribute(address)}"`,
  );
}
