// Public surface of contracts: the canonical model and the validators it is built on.
export * from './canonical/index.ts';
export * from './validators/index.ts';
