// lienthong's configuration as code: connectors, routes and member systems. Secrets come from the
// environment only. Validate with `npm run lienthong -- config check`.
import { defineConfig } from './ops/config.ts';

export default defineConfig({
  connectors: {},
  routes: [],
  members: [],
  sandbox: { enabled: true, dossiersPerMinute: 30 },
});
