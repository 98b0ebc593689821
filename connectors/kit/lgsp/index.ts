// LGSP/WSO2 pieces for the connectors behind it: token client, classification rows (its simulator: kit/simulator).

export {
  type ClientCredentialsOptions,
  createClientCredentialsToken,
  type LgspClientSettings,
  requestClientCredentialsToken,
} from './client-credentials.ts';
export { lgspClientShape, lgspServicePath, lgspTokenPath } from './config.ts';
export { createLgspConnection, type LgspConnection } from './connection.ts';
export { lgspOAuthCodeRules } from './oauth-rules.ts';
