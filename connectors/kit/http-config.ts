// Config fields every HTTP connector shares, and the HttpClientOptions they produce.
import { z } from 'zod';
import type { Classifier } from './classifier.ts';
import type { HttpClientOptions } from './http-client.ts';
import type { ConnectorManifest } from './types.ts';

/** The limits every HTTP-borne client shares, REST and SOAP alike. */
export const transportConfigShape = {
  timeoutMs: z.number().int().min(1).max(300_000).default(10_000),
  maxResponseBytes: z
    .number()
    .int()
    .min(1)
    .default(5 * 1024 * 1024),
  connections: z.number().int().min(1).max(256).default(8),
  /** Hosts allowed besides the manifest's production hosts (e.g. '127.0.0.1' for simulators). */
  extraAllowedHosts: z.array(z.string().min(1)).default([]),
};

/** Spread into a connector's config schema: `z.object({ ...httpConfigShape, clientId: z.string() })`. */
export const httpConfigShape = {
  baseUrl: z.url({ protocol: /^https?$/ }),
  ...transportConfigShape,
};

export const HttpConfigSchema = z.object(httpConfigShape);
export type HttpConfig = z.output<typeof HttpConfigSchema>;

export function httpClientOptions(
  manifest: ConnectorManifest,
  config: HttpConfig,
  extra: { classifier?: Classifier; defaultHeaders?: Readonly<Record<string, string>> } = {},
): HttpClientOptions {
  return {
    connectorId: manifest.id,
    baseUrl: config.baseUrl,
    allowedHosts: [...manifest.allowedHosts, ...config.extraAllowedHosts],
    timeoutMs: config.timeoutMs,
    maxResponseBytes: config.maxResponseBytes,
    connections: config.connections,
    defaultHeaders: {
      'user-agent': `lienthong/${manifest.id}@${manifest.version}`,
      ...extra.defaultHeaders,
    },
    ...(extra.classifier ? { classifier: extra.classifier } : {}),
  };
}
