// Starts tracing in this test process as bin/lienthong.js does for `start` (ESM hook, then the
// SDK), with spans kept in memory. Call it before importing any app module (dynamic import after).
import { register } from 'node:module';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace';
import { startTracing, type Tracing } from '../../ops/telemetry/tracing.ts';

export function startTestTracing(serviceName: string): {
  exporter: InMemorySpanExporter;
  tracing: Tracing;
} {
  // Without these the SDK also sets up OTLP metric and log exporters to localhost:4318, whose
  // shutdown waits out an export timeout (about 8 s).
  process.env.OTEL_METRICS_EXPORTER = 'none';
  process.env.OTEL_LOGS_EXPORTER = 'none';
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const exporter = new InMemorySpanExporter();
  return { exporter, tracing: startTracing({ serviceName, exporter }) };
}
