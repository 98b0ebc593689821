// The connector kit's public API (conformance.ts is separate: it imports vitest and is for tests only).

export { raceAbort } from './abort.ts';
export {
  type AuthCache,
  type AuthCacheOptions,
  createAuthCache,
  type IssuedCredential,
} from './auth-cache.ts';
export { operationSignal, withOperation } from './call-context.ts';
export { measureCheck } from './check.ts';
export {
  type Classification,
  type Classifier,
  type ClassifierTables,
  type ClassifyInput,
  type ClassRule,
  type CodeRules,
  DEFAULT_HTTP_RULES,
  DEFAULT_NETWORK_RULES,
  defineClassifier,
  type ErrorDetails,
  type HttpRules,
  type NetworkRules,
  networkErrorKey,
} from './classifier.ts';
export {
  type ConfigIssue,
  type ConfigPath,
  type ConnectorDefinition,
  type ConnectorDeps,
  type ConnectorSpec,
  defineConnector,
  type InstantiateResult,
  type KitLogger,
  type ParseConfigResult,
  REDACTED,
  type ResolvedDeps,
  redactPaths,
  resolveDeps,
} from './define-connector.ts';
export {
  ConnectorError,
  type ConnectorErrorInit,
  ERROR_CLASSES,
  type ErrorClass,
  isConnectorError,
  KIT_REASONS,
  toClassifiedError,
} from './errors.ts';
export {
  createHttpClient,
  type HttpClient,
  type HttpClientFactory,
  type HttpClientOptions,
  type HttpRequest,
  type HttpResponse,
  TRACER_NAME,
} from './http-client.ts';
export {
  type HttpConfig,
  HttpConfigSchema,
  httpClientOptions,
  httpConfigShape,
} from './http-config.ts';
export { buildUrl, isHostAllowed, type Query, type QueryValue } from './http-url.ts';
export * from './lgsp/index.ts';
export { ConnectorManifestSchema, ManifestError, validateManifest } from './manifest.ts';
export {
  type AnyConnectorDefinition,
  REGISTRY_ERRORS,
  Registry,
  RegistryError,
  type RegistryInstantiateResult,
} from './registry.ts';
export { parseRetryAfter } from './retry-after.ts';
export * from './soap/index.ts';
export type {
  Applied,
  BatchItemOutcome,
  BatchReceipt,
  CallContext,
  CheckResult,
  ClassifiedError,
  Connector,
  ConnectorManifest,
  Delivery,
  DeliveryKind,
  DeliveryReceipt,
  Operation,
} from './types.ts';
export { DELIVERY_KINDS } from './types.ts';
