import { defineConfig } from 'vitest/config';

/**
 * Three projects; `npm test` runs them all, `npx vitest run --project <name>` one:
 *   unit         tests/unit: parser, API helpers, explorer logic, bench generator; no database.
 *   integration  tests/integration: against a real Neo4j that tests/global-setup.ts starts once
 *                per run (embedded, free port, throw-away data directory; or NEO4J_URI when set).
 *                The files share it, so they run one at a time; starting Neo4j may take minutes.
 *   e2e          tests/e2e: tests/e2e/global-setup.ts builds the explorer and starts the real server
 *                (its own embedded Neo4j, seed plan) for Debian's chromium; one server and one
 *                browser, so one file at a time. E2E_BASE_URL tests a running server instead.
 * No test writes a tracked file (the README screenshot is `npm run screenshot`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One shared database: run test files one after another.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds the client, starts the real server (embedded Neo4j, seed plan) and stops it at the end.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One server and one browser: test files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
