// The gateway's own inbound SOAP service LienThongExchange: WSDL and message shapes.
export * from './messages.ts';
export * from './wsdl.ts';
