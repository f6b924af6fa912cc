/**
 * Builds the explorer and starts the real server as a child process on a free loopback port,
 * waiting until it serves a loaded plan: `npm start`, as the end-to-end tests and the bench run
 * the application they check and measure. Node only.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.ts';

export interface SpawnedServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** The server's own process id (for /proc readings and signals). */
  pid: number;
  /** SIGTERM, then SIGKILL if it has not exited within the grace period. */
  stop(): Promise<void>;
}

export interface SpawnServerOptions {
  /** The repository: the server runs from there. */
  root: string;
  /**
   * The database: `{ uri, user, password }` of a running Neo4j, or 'fresh' for an embedded one of
   * its own on a free port with a throw-away data directory (removed by stop()), which imports
   * the seed plan as `npm start` does on an empty database.
   */
  neo4j: { uri: string; user: string; password: string } | 'fresh';
  /** Further settings for the server (e.g. `CACHE: 'off'`); the database's, PORT and HOST are set here. */
  env?: Record<string, string>;
  /** Where its output goes; the tail is quoted when it fails to start. */
  logFile: string;
  /** How long it may take until /health says a plan is loaded. */
  startTimeoutMs: number;
  /** How long it may take to exit after SIGTERM. */
  stopGraceMs: number;
}

/** The entry point `npm start` runs after building the explorer. */
const ENTRY = 'server/src/main.ts';
const POLL_MS = 250;

/** `npm run build:client`: the explorer into client/dist, which the server serves at `/`. */
export function buildExplorer(root: string): void {
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}

export async function spawnServer(options: SpawnServerOptions): Promise<SpawnedServer> {
  const port = await freePort();
  const dataDir = options.neo4j === 'fresh' ? mkdtempSync(join(tmpdir(), 'ag-server-neo4j-')) : null;
  const database =
    options.neo4j === 'fresh'
      ? { NEO4J_PORT: String(await freePort()), NEO4J_DATA_DIR: dataDir! }
      : { NEO4J_URI: options.neo4j.uri, NEO4J_USER: options.neo4j.user, NEO4J_PASSWORD: options.neo4j.password };
  const log = createWriteStream(options.logFile);
  // `node --import tsx` rather than `npx tsx`: no wrapper processes, so the pid and SIGTERM are the server's own.
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    cwd: options.root,
    env: { ...process.env, ...options.env, ...database, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const logTail = () => readFileSync(options.logFile, 'utf8').slice(-3000);

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), options.stopGraceMs);
      await exited;
      clearTimeout(timer);
    }
    log.end();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + options.startTimeoutMs;
  let last: string;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the server exited with code ${child.exitCode} while starting:\n${logTail()}`);
    }
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) });
      const health = (await response.json()) as { dataLoaded?: boolean };
      if (health.dataLoaded) return { url, pid: child.pid!, stop };
      last = JSON.stringify(health);
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `the server did not serve a loaded plan within ${options.startTimeoutMs / 1000} s (last /health: ${last}); log ${options.logFile}:\n${logTail()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
