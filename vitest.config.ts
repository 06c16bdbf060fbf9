import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const databaseSuite = ['src/db/**/*.test.ts', 'src/server/**/*.test.ts', 'src/cli/**/*.test.ts'];

const databaseProject = (engine: 'pglite' | 'postgres'): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name: `db-${engine}`,
    include: databaseSuite,
    env: { MLPATH_TEST_DB: engine },
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/core/**/*.test.ts', 'src/catalog/**/*.test.ts', 'src/web/**/*.test.ts'],
        },
      },
      databaseProject('pglite'),
      // The same suite again on a real server whenever one is configured (CI sets DATABASE_URL).
      ...(process.env.DATABASE_URL ? [databaseProject('postgres')] : []),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
