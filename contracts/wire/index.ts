// Wire contracts of every real system lienthong connects: each system's own format, names prefixed by system.
export * from './business/index.ts';
export * from './education/index.ts';
export * from './gateway-soap/index.ts';
export * from './health/index.ts';
export * from './national-portal/index.ts';
export * from './one-stop/index.ts';
export * from './population/index.ts';
export * from './xsd-values.ts';
