// The gateway's SOAP side: the LienThongExchange service and the XML guard every XML input goes through first.
export {
  OPERATION_RIGHTS,
  type OperationDeps,
  type OperationOutcome,
  runOperation,
} from './exchange-operations.ts';
export {
  mountSoapExchange,
  type RouteHost,
  SOAP_EXCHANGE_PATH,
  type SoapExchangeDeps,
  soapExchangeRoutes,
} from './exchange-service.ts';
export {
  type ExchangeFaultInfo,
  faultInfo,
  faultResponse,
  renderFault,
  SOAP_XML_CONTENT_TYPE,
} from './soap-fault.ts';
export {
  checkXmlContentType,
  DEFAULT_XML_LIMITS,
  guardXml,
  SOAP_11_ENVELOPE,
  SOAP_12_ENVELOPE,
  type SoapExpectation,
  XML_MEDIA_TYPES,
  type XmlGuardCode,
  type XmlGuardFailure,
  type XmlGuardResult,
  type XmlLimits,
  type XmlName,
} from './xml-guard.ts';
