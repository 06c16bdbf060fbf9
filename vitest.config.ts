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
          // Property tests build hundreds of plans; on a busy two-core machine that can take
          // longer than Vitest's 5 s default without anything being wrong.
          testTimeout: 30_000,
          include: [
            'src/*.test.ts',
            'src/core/**/*.test.ts',
            'src/catalog/**/*.test.ts',
            'src/repo/**/*.test.ts',
            'src/web/**/*.test.ts',
          ],
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
