// CSDLQG về dân cư wire contracts: the JSON lookup, its SOAP-string answer parsed by xml2js, and sample answers.
export * from './citizen.ts';
export * from './fixtures.ts';
export * from './request.ts';
