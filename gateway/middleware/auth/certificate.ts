// mTLS binding: the client certificate's sha256 fingerprint, read from the Node socket when there is one.
import { normalizeFingerprint } from '../../../ops/members/keys.ts';

export type PeerCertificate =
  /** Plain HTTP (or TLS terminated in front of us): nothing to check here. */
  { tls: false } | { tls: true; fingerprint: string | undefined };

interface MaybeTlsSocket {
  encrypted?: boolean;
  getPeerCertificate?: () => { fingerprint256?: string } | null | undefined;
}

/** Reads `env.incoming.socket` as @hono/node-server provides it; anything else counts as plain HTTP. */
export function peerCertificate(env: unknown): PeerCertificate {
  const socket = (env as { incoming?: { socket?: MaybeTlsSocket } } | undefined)?.incoming?.socket;
  if (!socket || typeof socket.getPeerCertificate !== 'function') return { tls: false };
  const raw = socket.getPeerCertificate()?.fingerprint256;
  return { tls: true, fingerprint: raw ? normalizeFingerprint(raw) : undefined };
}

/**
 * A member bound to a certificate must present that certificate whenever the request came over
 * TLS to this process. Plain HTTP is left to the TLS-terminating proxy in front.
 */
export function certificateAllows(env: unknown, boundFingerprint: string | null): boolean {
  if (boundFingerprint === null) return true;
  const peer = peerCertificate(env);
  if (!peer.tls) return true;
  return peer.fingerprint === boundFingerprint;
}
