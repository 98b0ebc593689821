// Health sector wire contracts: OAuth2 token, birth-registration link-up submission, results, certificate lookup.
export * from './birth.ts';
export * from './results.ts';
export * from './submission.ts';
export * from './token.ts';
