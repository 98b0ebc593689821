// The mapping engine: results and issues, context, defineMapping, transforms, code tables, coverage.
export { type CodeTable, defineCodeTable, lookupCode, lookupWireCode } from './code-table.ts';
export { createContext, type IssueOptions, MappingContext } from './context.ts';
export {
  type Coverage,
  type CoverageDeclaration,
  declareCoverage,
  invalidCoverageEntries,
  uncoveredFields,
  wireFieldPaths,
} from './coverage.ts';
export {
  type Draft,
  defineMapping,
  type Mapping,
  zodIssuesToFieldIssues,
} from './define-mapping.ts';
export {
  describeValue,
  type FieldIssue,
  fail,
  joinPath,
  type MappingResult,
  makeIssue,
  maskPersonal,
  succeed,
} from './issues.ts';
export {
  daysInMonth,
  dmyToIsoDate,
  isLeapYear,
  isoDate,
  isoDateToDmy,
  isoToPortal,
  portalToIso,
  VIETNAM_OFFSET_MINUTES,
  vietnamDateOf,
} from './transforms/dates.ts';
export { emptyToUndefined, undefinedToEmpty } from './transforms/empty.ts';
export {
  numberToString,
  type RangeOptions,
  stringToDecimal,
  stringToInteger,
  zeroPad,
} from './transforms/numbers.ts';
export { isAbsent, type TransformOptions } from './transforms/options.ts';
export { nfc, normalizeText, type TextOptions, truncateText } from './transforms/text.ts';
