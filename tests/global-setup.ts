/**
 * Global setup of the integration project: one real Neo4j per test run.
 *
 * Without NEO4J_URI: starts the embedded Neo4j on a free port with a throw-away data directory
 * (removed afterwards). With NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD): uses that server; tests
 * must then clean up the data they create.
 */
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j } from '../server/src/graph/embedded-neo4j.ts';
import { freePort } from '../shared/ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_URI?.trim();
  if (external) {
    project.provide('neo4jUri', external);
    project.provide('neo4jUser', process.env.NEO4J_USER?.trim() || 'neo4j');
    project.provide('neo4jPassword', process.env.NEO4J_PASSWORD ?? '');
    return async () => {};
  }

  const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'neo4j-test-'));
  const port = await freePort();
  const started = Date.now();
  let neo;
  try {
    neo = await startEmbeddedNeo4j({
      dataDir,
      port,
      heap: '512m',
      pageCache: '128m',
      log: (line) => console.log(`[neo4j] ${line}`),
    });
  } catch (err) {
    await fsp.rm(dataDir, { recursive: true, force: true });
    throw err;
  }
  console.log(`[neo4j] test instance ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${neo.uri} (${dataDir})`);
  project.provide('neo4jUri', neo.uri);
  project.provide('neo4jUser', neo.user);
  project.provide('neo4jPassword', neo.password);

  return async () => {
    await neo.stop();
    await fsp.rm(dataDir, { recursive: true, force: true });
  };
}
