import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts', 'tests/pdf/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          exclude: ['tests/pdf/press.test.ts'],
          // One seeded SQLite file and one real server (the production build) shared by the files.
          globalSetup: ['tests/helpers/server.setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          // The press edition from the demo content in Chromium and Ghostscript: no server needed.
          // After the others (Chromium and Ghostscript on 2 cores would slow the int tests' timings).
          name: 'press',
          include: ['tests/pdf/press.test.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
