// The echo connector's classification table: statuses and the system's own error codes.
import { defineClassifier } from '../index.ts';

export const echoClassifier = defineClassifier({
  http: {
    '409': { class: 'permanent', reason: 'echo.conflict' },
  },
  codes: {
    REJECTED: { class: 'permanent', reason: 'echo.rejected' },
    QUOTA: { class: 'throttled', reason: 'echo.quota', retryAfterMs: 1_000 },
    INVALID_TOKEN: { class: 'auth', reason: 'echo.invalid_token' },
  },
});
