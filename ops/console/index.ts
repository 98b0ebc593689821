// The operator console: mount consoleRoutes(deps) on the gateway app; operators are added by the CLI.
export {
  createOperator,
  disableOperator,
  generatePassword,
  isOperatorRole,
  OPERATOR_ROLES,
  type OperatorRole,
  roleAtLeast,
} from './auth/operators.ts';
export type { ConnectorCheck, ConsoleDeps } from './deps.ts';
export { KPI_KEYS, type KpiKey, type KpiTargets } from './kpi.ts';
export { consoleRoutes } from './routes.ts';
