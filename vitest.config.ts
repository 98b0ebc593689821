// Test projects: `unit` needs no database; `db` (files under test/ and *.db.test.ts) shares one
// PostgreSQL per run, started by test/helpers/global-setup.ts, with a database per test file.
import { defineConfig } from 'vitest/config';

const ignored = ['**/node_modules/**', '**/.data/**'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{contracts,mappings,connectors,gateway,ops,bench}/**/*.test.ts'],
          exclude: [...ignored, '**/*.db.test.ts'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['test/**/*.test.ts', '**/*.db.test.ts'],
          // The full chaos runs take minutes each: `npm run test:chaos` (vitest.chaos.config.ts).
          exclude: [...ignored, '**/*.chaos.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
