/**
 * End-to-end global setup: builds the explorer once, starts the real server (embedded Neo4j on a
 * free port, fresh data directory, seed plan imported on first start), waits for /health to say
 * the data is loaded, and provides the base URL to the tests as `inject('baseUrl')`.
 *
 * E2E_BASE_URL=http://host:port skips all of that and tests a server already running.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../shared/ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = resolve(import.meta.dirname, '..', '..');
const artifacts = join(root, 'tests', 'e2e', 'artifacts');
/** The first start downloads nothing but imports the seed plan; allow for a slow JVM start. */
const START_TIMEOUT_MS = 240_000;

async function waitForData(baseUrl: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let last = '';
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`the server exited with code ${server.exitCode}:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(5000) });
      const health = (await response.json()) as { dataLoaded?: boolean };
      last = JSON.stringify(health);
      if (health.dataLoaded) return;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`the server did not load its data within ${START_TIMEOUT_MS / 1000} s (last /health: ${last}); log: ${logFile}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseUrl', external.replace(/\/$/, ''));
    return async () => undefined;
  }

  mkdirSync(artifacts, { recursive: true });
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });

  const port = await freePort();
  const neo4jPort = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ag-e2e-neo4j-'));
  const logFile = join(artifacts, 'server.log');
  const log = createWriteStream(logFile);
  // `node --import tsx` is `npx tsx` without the wrapper processes, so SIGTERM reaches the server itself.
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NEO4J_PORT: String(neo4jPort), NEO4J_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise<void>((r) => server.once('exit', () => r()));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForData(baseUrl, server, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  return stop;
}
