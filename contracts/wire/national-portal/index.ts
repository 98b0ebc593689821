// National portal (Cổng DVCQG) wire contracts: session-token REST, all-string values, yyyyMMddHHmmss dates.
export * from './calls.ts';
export * from './catalogue.ts';
export * from './dossier.ts';
export * from './dossier-parts.ts';
export * from './envelope.ts';
export * from './lookup.ts';
export * from './primitives.ts';
export * from './progress.ts';
