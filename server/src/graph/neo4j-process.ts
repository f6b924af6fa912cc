/**
 * The embedded Neo4j as a process: which pid serves a data directory, whether it still lives,
 * and how to stop it. The launcher writes <dataDir>/neo4j.pid; start-up adds embedded.json
 * (pid, port, URI) for db:status and db:stop.
 *
 * A pid file can outlive its process (kill -9, a reboot) and the pid be reused by anything, so
 * a pid counts as our Neo4j only while its command line carries `--home=<this data directory>`:
 * never signal, or refuse to start because of, a process that merely has the same number.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

export const PID_FILE = 'neo4j.pid';
export const RUN_FILE = 'embedded.json';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The launcher argument that names the data directory; the pid guard looks for exactly this. */
export function homeArgument(dataDir: string): string {
  return `--home=${path.resolve(dataDir)}`;
}

/** True when pid is a live launcher serving dataDir (a reused pid, or a zombie, is not). */
export function isNeo4jFor(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return true; // no /proc (macOS): the liveness check is all there is
  }
  // Arguments are NUL-separated; a zombie's command line is empty.
  return cmdline.split('\0').includes(homeArgument(dataDir));
}

export function readPidFile(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, PID_FILE), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export interface EmbeddedStatus {
  pid: number;
  /** Known when it was started by startEmbeddedNeo4j. */
  uri: string | null;
  port: number | null;
}

/** The live embedded Neo4j using dataDir, or null (stale pid files are ignored). */
export function embeddedNeo4jStatus(dataDir: string): EmbeddedStatus | null {
  const dir = path.resolve(dataDir);
  const pid = readPidFile(dir);
  if (pid === null || !isNeo4jFor(pid, dir)) return null;
  try {
    const info = JSON.parse(fs.readFileSync(path.join(dir, RUN_FILE), 'utf8')) as { pid?: number; uri?: string; port?: number };
    if (info.pid === pid) return { pid, uri: info.uri ?? null, port: info.port ?? null };
  } catch {
    // no run file: started by hand, or still starting
  }
  return { pid, uri: null, port: null };
}

/** Resolves true when the port can be bound on 127.0.0.1. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const childExited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

async function waitForExit(pid: number, dataDir: string, timeoutMs: number, child?: ChildProcess): Promise<boolean> {
  const gone = () => (child ? childExited(child) : !isNeo4jFor(pid, dataDir));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone()) return true;
    await sleep(100);
  }
  return gone();
}

/** SIGTERM (Neo4j checkpoints and closes), then SIGKILL after timeoutMs. */
export async function terminate(pid: number, dataDir: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  if (child ? childExited(child) : !isNeo4jFor(pid, dataDir)) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  if (await waitForExit(pid, dataDir, timeoutMs, child)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  await waitForExit(pid, dataDir, 10_000, child);
}

/** Removes the pid and run files when they still name pid (a newer server may own them). */
export async function cleanupFiles(dataDir: string, pid: number): Promise<void> {
  for (const name of [PID_FILE, RUN_FILE]) {
    const file = path.join(dataDir, name);
    try {
      const text = await fsp.readFile(file, 'utf8');
      const owner = name === PID_FILE ? Number(text.trim()) : (JSON.parse(text) as { pid?: number }).pid;
      if (owner === pid) await fsp.rm(file, { force: true });
    } catch {
      // missing or unreadable: nothing to clean
    }
  }
}

/**
 * Stops the embedded Neo4j that uses dataDir (SIGTERM, then SIGKILL after timeoutMs).
 * Resolves true when one was running.
 */
export async function stopEmbeddedNeo4j(dataDir: string, options: { timeoutMs?: number; log?: (line: string) => void } = {}): Promise<boolean> {
  const dir = path.resolve(dataDir);
  const pid = readPidFile(dir);
  if (pid === null) return false;
  if (!isNeo4jFor(pid, dir)) {
    await cleanupFiles(dir, pid); // stale, e.g. after kill -9 or a reboot
    return false;
  }
  options.log?.(`Stopping Neo4j (pid ${pid})…`);
  await terminate(pid, dir, options.timeoutMs ?? 60_000);
  await cleanupFiles(dir, pid);
  return true;
}
