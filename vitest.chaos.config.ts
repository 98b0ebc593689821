// `npm run test:chaos`: the full chaos runs (test/chaos/**/*.chaos.test.ts), one file at a time,
// with long timeouts. Each run starts its own PostgreSQL, so no global setup is needed.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/chaos/**/*.chaos.test.ts'],
    exclude: ['**/node_modules/**', '**/.data/**'],
    env: { LIENTHONG_CHAOS: 'full' },
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
