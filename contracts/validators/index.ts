// Public surface of the validators: precise checks of Vietnamese IDs and codes, and zod schemas on them.
export * from './agency-eid.ts';
export { CCCD_PROVINCES, type CccdProvince, cccdProvince } from './cccd-provinces.ts';
export * from './dossier-code.ts';
export * from './email.ts';
export * from './enterprise-code.ts';
export * from './identity-number.ts';
export * from './legacy-id.ts';
export * from './personal-id.ts';
export * from './phone-number.ts';
export * from './validation-result.ts';
