// The kit's SOAP client: WSDL from contracts/, kit HTTP underneath, faults classified, hostile XML refused.

export {
  HOSTILE_XML_KINDS,
  type HostileXmlKind,
  type HostileXmlOptions,
  hostileXml,
} from './hostile-xml.ts';
export {
  createSoapClient,
  type SoapCallOptions,
  type SoapCallResult,
  type SoapClient,
  type SoapClientOptions,
} from './soap-client.ts';
export {
  type SoapClientExtras,
  type SoapConfig,
  SoapConfigSchema,
  soapClientOptions,
  soapConfigShape,
} from './soap-config.ts';
export {
  classifySoapFault,
  defaultFaultDetailCode,
  type FaultDetailCode,
  readSoapFault,
  SOAP_REASONS,
  type SoapFault,
  soapFaultError,
} from './soap-fault.ts';
export {
  escapeXml,
  headerText,
  readRelatesTo,
  type SoapHeaderElement,
  soapHeaderXml,
  WSA_NAMESPACE,
  WSSE_NAMESPACE,
  wsAddressingHeaders,
  wsSecurityUsernameToken,
} from './soap-header.ts';
export { redactSoapRequest } from './soap-transport.ts';
export {
  DEFAULT_MAX_XML_DEPTH,
  inspectXml,
  type XmlGuardIssue,
  type XmlGuardOptions,
} from './xml-guard.ts';
