// Config fields every SOAP connector shares, and the SoapClientOptions they produce.
import { z } from 'zod';
import type { Classifier } from '../classifier.ts';
import type { HttpClientFactory } from '../http-client.ts';
import { transportConfigShape } from '../http-config.ts';
import type { ConnectorManifest } from '../types.ts';
import type { SoapClientOptions } from './soap-client.ts';
import type { FaultDetailCode } from './soap-fault.ts';
import type { SoapHeaderElement } from './soap-header.ts';

/** Spread into a SOAP connector's config schema: `z.object({ ...soapConfigShape, username: … })`. */
export const soapConfigShape = {
  /** The service URL (the WSDL's soap:address in production). */
  endpoint: z.url({ protocol: /^https?$/ }),
  ...transportConfigShape,
};

export const SoapConfigSchema = z.object(soapConfigShape);
export type SoapConfig = z.output<typeof SoapConfigSchema>;

export interface SoapClientExtras {
  wsdlPath: string;
  classifier?: Classifier;
  faultDetailCode?: FaultDetailCode;
  headers?: { soap?: readonly SoapHeaderElement[]; http?: Readonly<Record<string, string>> };
  addressing?: NonNullable<SoapClientOptions['addressing']>;
  http?: HttpClientFactory;
}

export function soapClientOptions(
  manifest: ConnectorManifest,
  config: SoapConfig,
  extra: SoapClientExtras,
): SoapClientOptions {
  return {
    connectorId: manifest.id,
    endpoint: config.endpoint,
    allowedHosts: [...manifest.allowedHosts, ...config.extraAllowedHosts],
    timeoutMs: config.timeoutMs,
    maxResponseBytes: config.maxResponseBytes,
    connections: config.connections,
    userAgent: `lienthong/${manifest.id}@${manifest.version}`,
    ...extra,
  };
}
