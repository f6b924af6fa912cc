import { defineConfig } from 'vitest/config';

/**
 * Projects:
 *   unit         fast tests, no database               npx vitest run --project unit
 *   integration  against a real Neo4j: tests/global-setup.ts starts one embedded Neo4j per run
 *                (or uses NEO4J_URI when set)          npx vitest run --project integration
 * Add a project (e.g. e2e) by appending an entry to `projects`.
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
