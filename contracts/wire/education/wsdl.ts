// Where the education WSDL lives, its namespace and SOAP actions, and a reader for its text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EDUCATION_NAMESPACE = 'urn:lienthong:giaoduc:v1';

/** The WSDL file on disk (usable as a path by `soap.createClientAsync` and `soap.listen`). */
export const EDUCATION_WSDL_PATH = fileURLToPath(new URL('./education.wsdl', import.meta.url));

/** soapAction header value per operation, as bound in the WSDL. */
export const EDUCATION_SOAP_ACTIONS = {
  TiepNhanHoSo: 'urn:lienthong:giaoduc:v1#TiepNhanHoSo',
  TraCuuKetQua: 'urn:lienthong:giaoduc:v1#TraCuuKetQua',
} as const;
export type EducationOperation = keyof typeof EDUCATION_SOAP_ACTIONS;

/** The WSDL 1.1 text of GiaoDucService (XSD embedded in wsdl:types). */
export function readEducationWsdl(): string {
  return readFileSync(EDUCATION_WSDL_PATH, 'utf8');
}
