// The HTTP client's response object (body already read) and small helpers it shares.
import { ConnectorError, KIT_REASONS } from './errors.ts';

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The body, already read and bounded. */
  bytes: Uint8Array;
  text(): string;
  /** Parses the body; throws ConnectorError permanent 'response.invalid_json' when it is not JSON. */
  json<T = unknown>(): T;
}

const decoder = new TextDecoder();

/** A caller's deadline stays a timeout; any other abort (shutdown, cancel) is 'aborted'. */
export function callerAbortReason(reason: unknown): unknown {
  const name = (reason as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError') return reason;
  return new DOMException('The caller aborted the call', 'AbortError');
}

export function plain(headers: Headers): Record<string, string> {
  return Object.fromEntries(headers.entries());
}

export function toResponse(
  status: number,
  headers: Headers,
  bytes: Uint8Array,
  connectorId: string,
): HttpResponse {
  const text = () => decoder.decode(bytes);
  return {
    status,
    headers,
    bytes,
    text,
    json<T>() {
      try {
        return JSON.parse(text()) as T;
      } catch (cause) {
        throw new ConnectorError({
          connectorId,
          errorClass: 'permanent',
          reason: KIT_REASONS.invalidJson,
          status,
          cause,
        });
      }
    },
  };
}
