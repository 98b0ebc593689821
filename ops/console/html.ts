// The type of an escaped HTML fragment built with hono/html, and small shared fragments.
import type { html } from 'hono/html';

/** What `html\`…\`` returns: markup whose interpolations are already escaped. */
export type Html = ReturnType<typeof html>;
