// Loaded before the app (bin/lienthong.js imports it first for `start`): starts tracing from the
// environment so every module the app imports afterwards is instrumented.
import { register } from 'node:module';
import { startTracing } from './tracing.ts';

register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);

export const tracing = startTracing({
  serviceName: process.env.OTEL_SERVICE_NAME || 'lienthong',
  otlpEndpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined,
});
