// Member systems: who may call the gateway, with which rights and credentials.
export { DEFAULT_OVERLAP_HOURS } from './admin.ts';
export {
  API_KEY_PATTERN,
  apiKeyPrefix,
  digestsEqual,
  generateApiKey,
  hashApiKey,
  normalizeFingerprint,
} from './keys.ts';
export { ALL_RIGHTS, hasRight, isValidRight, KNOWN_RIGHTS, parseScope } from './rights.ts';
export { createMemberService } from './service.ts';
export { DEFAULT_TOKEN_TTL_SECONDS, MIN_SECRET_LENGTH, type TokenClaims } from './tokens.ts';
export type {
  AuthenticatedMember,
  KeyAuthResult,
  MemberDeclaration,
  MemberErrorCode,
  MemberService,
  MemberServiceDeps,
  MemberSummary,
  Outcome,
  TokenAuthResult,
  TokenIssueResult,
} from './types.ts';
