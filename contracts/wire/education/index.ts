// Education sector wire contracts: the GiaoDucService WSDL (SOAP 1.1 document/literal) and its message shapes.
export * from './messages.ts';
export * from './wsdl.ts';
