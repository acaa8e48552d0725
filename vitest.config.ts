import { defineConfig } from 'vitest/config';
import { localePartsPlugin } from './scripts/vite/locale-parts-plugin.ts';

// Three tiers: pure rules, the API on a real database, and the manual's journeys in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        // The web app's translations load as parts (src/web/i18n/locale-parts.ts).
        plugins: [localePartsPlugin()],
        test: {
          name: 'unit',
          include: [
            'src/shared/**/*.test.ts',
            'src/server/**/*.unit.test.ts',
            'src/web/**/*.test.ts',
            // The benchmark's seed, at a tiny scale on an in-memory PGlite.
            'bench/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          // The bench's checks of a PostgreSQL server run with the API tests, on one.
          exclude: ['bench/**/*.pg.test.ts'],
        },
      },
      {
        test: {
          name: 'api',
          // With the bench's checks that need a PostgreSQL server.
          include: ['src/server/**/*.test.ts', 'bench/**/*.pg.test.ts'],
          // *.pg.test.ts are about a PostgreSQL server itself (its connections): run on one only.
          exclude: [
            'src/server/**/*.unit.test.ts',
            ...(process.env.DATABASE_URL ? [] : ['**/*.pg.test.ts']),
          ],
          globalSetup: ['test/support/database-template.ts'],
          hookTimeout: 60_000,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/support/database-template.ts'],
          hookTimeout: 90_000,
          testTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
