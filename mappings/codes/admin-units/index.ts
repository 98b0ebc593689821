// Hanoi administrative units: versioned lists, commune resolution and migration to the 2025-07 list.
export { LIST_VERSION_STARTS, listVersionOn } from './list-version.ts';
export {
  ADMIN_LIST_VERSIONS,
  type AdminUnit,
  type AdminUnitLevel,
  type AdminUnitRef,
  adminUnitsOf,
  isAdminListVersion,
  lookupAdminUnit,
} from './lists.ts';
export {
  type CommuneMigration,
  mappedOldCommuneCodes,
  migrateCommuneTo2025,
  type SplitHeuristic,
} from './migrate-commune.ts';
export {
  lookupProvince,
  newProvinceCodeFor,
  oldProvinceCodesFor,
  type Province,
} from './provinces.ts';
export { communeCandidates, resolveCommune } from './resolve-commune.ts';
