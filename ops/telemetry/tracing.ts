// OpenTelemetry tracing: one NodeSDK per process, started before the app so http, undici and pg
// calls are traced; spans go to OTLP when configured, or to an exporter a test passes in.
import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  AlwaysOffSampler,
  BatchSpanProcessor,
  NoopSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace';

export interface TracingOptions {
  serviceName: string;
  /** OTLP/HTTP base endpoint, e.g. http://otel-collector:4318. */
  otlpEndpoint?: string | undefined;
  /** Tests: spans go here synchronously (e.g. an InMemorySpanExporter). */
  exporter?: SpanExporter | undefined;
}

export interface Tracing {
  /** Exports every span ended so far (span export is asynchronous even with a simple processor). */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

export function startTracing(options: TracingOptions): Tracing {
  const exported = options.exporter !== undefined || options.otlpEndpoint !== undefined;
  const spanProcessors = options.exporter
    ? [new SimpleSpanProcessor({ exporter: options.exporter })]
    : options.otlpEndpoint
      ? [
          new BatchSpanProcessor({
            exporter: new OTLPTraceExporter({
              url: `${options.otlpEndpoint.replace(/\/$/, '')}/v1/traces`,
            }),
          }),
        ]
      : // Nowhere to send spans: a provider all the same (NodeSDK registers none without a
        // processor), so requests get trace ids for the exchange log, logs and outbound calls.
        [new NoopSpanProcessor()];
  const sdk = new NodeSDK({
    serviceName: options.serviceName,
    spanProcessors,
    // ... and records none of them (their attributes would cost CPU on every request and call).
    ...(exported ? {} : { sampler: new AlwaysOffSampler() }),
    // Metrics are scraped from /metrics and logs go to stdout: no OTLP exporters for them, which
    // would otherwise default to localhost:4318 and stall shutdown.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        // Probes and metrics scrapes would drown the traces that matter.
        ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)\b/.test(req.url ?? ''),
      }),
      new UndiciInstrumentation(),
      // Statement text only; bound values may hold personal data.
      // requireParentSpan: queue polling would otherwise start a root trace every half second.
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
    ],
  });
  sdk.start();
  return {
    async flush() {
      const global = trace.getTracerProvider() as { getDelegate?(): unknown };
      const provider = (global.getDelegate?.() ?? global) as { forceFlush?(): Promise<void> };
      await provider.forceFlush?.();
    },
    shutdown: () => sdk.shutdown(),
  };
}
