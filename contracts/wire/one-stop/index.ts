// City one-stop system wire contracts: REST/JSON with Vietnamese field names.
export * from './catalogue.ts';
export * from './events.ts';
export * from './hoso.ts';
export * from './primitives.ts';
