// The mappings layer: the mapping engine and the code tables every flow mapping is built from.
export * from './codes/index.ts';
export * from './engine/index.ts';
