import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts', 'tests/pdf/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // One seeded SQLite file and one real server (the production build) shared by the files.
          globalSetup: ['tests/helpers/server.setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
