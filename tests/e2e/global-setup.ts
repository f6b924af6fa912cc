/**
 * End-to-end global setup: builds the explorer once, starts the real server (embedded Neo4j on a
 * free port, fresh data directory, seed plan imported on first start), waits for /health to say
 * the data is loaded, and provides the base URL to the tests as `inject('baseUrl')`.
 *
 * E2E_BASE_URL=http://host:port skips all of that and tests a server already running.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildExplorer, spawnServer } from '../../shared/spawn-server.ts';

/** A fixed import token, so the browser test can open the Import panel with it. */
const E2E_IMPORT_TOKEN = 'e2e-import-token-0123456789';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The import token the server was started with (IMPORT_TOKEN). */
    importToken: string;
  }
}

const root = resolve(import.meta.dirname, '..', '..');
const artifacts = join(root, 'tests', 'e2e', 'artifacts');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseUrl', external.replace(/\/$/, ''));
    project.provide('importToken', process.env.IMPORT_TOKEN ?? '');
    return async () => undefined;
  }

  mkdirSync(artifacts, { recursive: true });
  buildExplorer(root);

  const server = await spawnServer({
    root,
    neo4j: 'fresh',
    env: {
      IMPORT_TOKEN: E2E_IMPORT_TOKEN,
      // The browser tests check behaviour, not speed. The first network read after start runs
      // cold (no query plan cached, page cache empty); at load average 20 it outlasted the 5 s
      // default, the explorer showed the timeout and never rendered. A loose bound, a hang guard.
      API_READ_TIMEOUT: '60s',
    },
    logFile: join(artifacts, 'server.log'),
    // The first start imports the seed plan; allow for a slow JVM start.
    startTimeoutMs: 240_000,
    stopGraceMs: 30_000,
  });
  project.provide('baseUrl', server.url);
  project.provide('importToken', E2E_IMPORT_TOKEN);
  return () => server.stop();
}
