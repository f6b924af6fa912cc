/**
 * Runs a real Neo4j Community 5.26 (plus APOC core) as a child JVM: neo4j/Launcher.java
 * starts it embedded with Bolt on 127.0.0.1 only, auth on, HTTP off.
 *
 * Jars come from Maven Central through neo4j/pom.xml (downloaded once into neo4j/lib; the
 * APOC jars are also copied into neo4j/lib-plugins, Neo4j's plugin directory).
 *
 * In the data directory:
 *   data/, logs/          Neo4j's store and its own logs (debug.log, ...)
 *   logs/launcher.log     the JVM's stdout/stderr (start-up errors, shutdown messages)
 *   neo4j.pid             pid of the running JVM (written by the launcher, removed on clean exit)
 *   embedded.json         pid, port and URI of the running server (for db:start/db:stop)
 *   password              generated password (mode 0600) unless one is given
 *
 * This file starts and verifies; neo4j-jars.ts fetches the jars, neo4j-process.ts knows pids and
 * stops, neo4j-password.ts keeps the password file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { ExpectedError } from '../../../shared/errors.ts';
import { JAVA_MISSING, LAUNCHER, LIB_DIR, Neo4jSetupError, PLUGINS_DIR, checkJava, ensureNeo4jJars, javaCommand } from './neo4j-jars.ts';
import { Neo4jCompatError, checkNeo4jCompat } from './neo4j-compat.ts';
import { resolvePassword } from './neo4j-password.ts';
import { RUN_FILE, cleanupFiles, embeddedNeo4jStatus, homeArgument, isPortFree, readPidFile, sleep, terminate } from './neo4j-process.ts';

export interface EmbeddedNeo4jOptions {
  /** Neo4j home: store, logs, pid file and generated password live here. */
  dataDir: string;
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Password for the neo4j user; default: generated once and kept in <dataDir>/password. */
  password?: string;
  /** JVM heap, e.g. '1g' (default). */
  heap?: string;
  /** Page cache size, e.g. '512m' (default). */
  pageCache?: string;
  /** db.transaction.timeout, e.g. '30s' (default); '0' disables. */
  txTimeout?: string;
  /** db.memory.transaction.max, e.g. '256m' (default '0', unbounded). */
  txMemory?: string;
  /** dbms.memory.transaction.total.max, e.g. '512m' (default: Neo4j's, 70% of the heap). */
  txTotalMemory?: string;
  /** Leave the server running after this process exits (db:start). */
  detached?: boolean;
  /** Progress messages. */
  log?: (line: string) => void;
  /** How long to wait for the server to accept authenticated connections (default 120 s). */
  startTimeoutMs?: number;
}

export interface RunningNeo4j {
  uri: string;
  user: 'neo4j';
  password: string;
  pid: number;
  dataDir: string;
  /** Versions reported by the running server. */
  neo4jVersion: string;
  apocVersion: string;
  /** File receiving the JVM's stdout/stderr. */
  logFile: string;
  /** Settles when the JVM exits, whoever ended it (stop(), a crash, kill -9). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

/** The data directory is in use by another live Neo4j process. */
export class Neo4jStoreInUseError extends ExpectedError {
  readonly pid: number | null;
  constructor(message: string, pid: number | null) {
    super(message);
    this.pid = pid;
  }
}

/** The Bolt port is taken. */
export class Neo4jPortInUseError extends ExpectedError {
  readonly port: number;
  constructor(port: number) {
    super(
      `Port ${port} on 127.0.0.1 is already in use, so the embedded Neo4j cannot listen there. ` +
        `Stop whatever uses it, or choose another port with NEO4J_PORT.`,
    );
    this.port = port;
  }
}

/** The JVM failed or did not come up in time. */
export class Neo4jStartError extends ExpectedError {
  constructor(message: string) {
    super(message);
  }
}

export { Neo4jSetupError } from './neo4j-jars.ts';

const LAUNCHER_LOG = path.join('logs', 'launcher.log');

// Launcher exit codes (see neo4j/Launcher.java).
const EXIT_CONFIG = 2;
const EXIT_STORE_LOCKED = 3;
const EXIT_PORT_IN_USE = 4;

const noop = (): void => {};

// ---------------------------------------------------------------------------------------------
// Start

interface JvmSettings {
  heap: string;
  pageCache: string;
  txTimeout: string;
  txMemory: string;
  txTotalMemory: string;
  port: number;
  dataDir: string;
  detached: boolean;
}

function jvmArgs(options: JvmSettings): string[] {
  return [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    // After a heap OutOfMemoryError some of Neo4j's threads are dead and the rest cannot be
    // trusted; exiting lets the supervisor (or the person) start a sound one.
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    // Neo4j reaches into JDK internals (direct buffers, NIO channels).
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    path.join(LIB_DIR, '*'),
    LAUNCHER,
    homeArgument(options.dataDir),
    `--port=${options.port}`,
    `--pagecache=${options.pageCache}`,
    `--tx-timeout=${options.txTimeout}`,
    `--tx-memory=${options.txMemory}`,
    `--tx-total-memory=${options.txTotalMemory}`,
    `--plugins=${PLUGINS_DIR}`,
    ...(options.detached ? [] : ['--exit-on-stdin-eof']),
  ];
}

/** Last lines of a log, without Java stack frames. */
async function logTail(file: string, from: number, lines = 25): Promise<string> {
  try {
    const handle = await fsp.open(file, 'r');
    try {
      const { size } = await handle.stat();
      const start = Math.max(from, size - 64 * 1024);
      const buffer = Buffer.alloc(size - start);
      await handle.read(buffer, 0, buffer.length, start);
      return buffer
        .toString('utf8')
        .split('\n')
        .filter((l) => l.trim() !== '' && !/^\s+at /.test(l) && !/^\s+\.\.\. \d+ more/.test(l))
        .slice(-lines)
        .join('\n');
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}

/** Watches the launcher log from an offset for READY or ERROR lines. */
class LogWatcher {
  private offset: number;
  private rest = '';
  readonly errors: string[] = [];
  ready: string | null = null;

  constructor(
    private readonly file: string,
    offset: number,
  ) {
    this.offset = offset;
  }

  async poll(): Promise<void> {
    const handle = await fsp.open(this.file, 'r');
    try {
      const { size } = await handle.stat();
      if (size <= this.offset) return;
      const buffer = Buffer.alloc(size - this.offset);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, this.offset);
      this.offset += bytesRead;
      const text = this.rest + buffer.subarray(0, bytesRead).toString('utf8');
      const lines = text.split('\n');
      this.rest = lines.pop() ?? '';
      for (const line of lines) {
        const ready = /^READY (bolt:\/\/\S+)/.exec(line);
        if (ready) this.ready = ready[1]!;
        if (line.startsWith('ERROR: ')) this.errors.push(line.slice('ERROR: '.length));
      }
    } finally {
      await handle.close();
    }
  }
}

/**
 * Starts the embedded Neo4j and resolves once it accepts authenticated Bolt connections
 * and APOC answers.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<RunningNeo4j> {
  const log = options.log ?? noop;
  const dataDir = path.resolve(options.dataDir);
  const port = options.port;
  const heap = options.heap ?? '1g';
  const pageCache = options.pageCache ?? '512m';
  const txTimeout = options.txTimeout ?? '30s';
  const txMemory = options.txMemory ?? '0';
  const txTotalMemory = options.txTotalMemory ?? '0';
  const detached = options.detached ?? false;
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Neo4jSetupError(`Bad Neo4j port ${port}: expected 1-65535 (NEO4J_PORT)`);
  }

  checkJava(log);
  await ensureNeo4jJars(log);

  await fsp.mkdir(path.join(dataDir, 'logs'), { recursive: true, mode: 0o700 });
  const running = embeddedNeo4jStatus(dataDir);
  if (running) {
    throw new Neo4jStoreInUseError(
      `Another Neo4j process (pid ${running.pid}) is using the data directory ${dataDir}` +
        (running.uri ? ` and serves ${running.uri}` : '') +
        `. Stop it first (npm run db:stop), or use another NEO4J_DATA_DIR.`,
      running.pid,
    );
  }
  const stalePid = readPidFile(dataDir);
  if (stalePid !== null) await cleanupFiles(dataDir, stalePid);

  if (!(await isPortFree(port))) throw new Neo4jPortInUseError(port);

  const password = await resolvePassword(dataDir, options.password);
  const logFile = path.join(dataDir, LAUNCHER_LOG);
  const logFd = fs.openSync(logFile, 'a', 0o600);
  const logStart = fs.fstatSync(logFd).size;
  fs.writeSync(logFd, `--- ${new Date().toISOString()} starting Neo4j on 127.0.0.1:${port} (heap ${heap}, page cache ${pageCache})\n`);

  const started = Date.now();
  let child: ChildProcess;
  try {
    child = spawn(javaCommand(), jvmArgs({ heap, pageCache, txTimeout, txMemory, txTotalMemory, port, dataDir, detached }), {
      cwd: dataDir,
      env: { ...process.env, NEO4J_PASSWORD: password },
      stdio: [detached ? 'ignore' : 'pipe', logFd, logFd],
      // Always its own process group: a terminal's Ctrl-C then reaches only Node, which drains
      // the requests in flight and stops Neo4j itself, instead of Neo4j dying under them.
      detached: true,
    });
  } finally {
    fs.closeSync(logFd);
  }
  const pid = child.pid;
  if (pid === undefined) {
    throw new Neo4jStartError(`Could not start Java for the embedded Neo4j. ${JAVA_MISSING}`);
  }
  const exited = (): boolean => child.exitCode !== null || child.signalCode !== null;
  let spawnError: Error | null = null;
  child.on('error', (err) => (spawnError = err));
  if (detached) child.unref();
  // In attached mode the launcher exits when its stdin closes; never let the pipe keep us alive.
  if (child.stdin) {
    child.stdin.on('error', noop);
    (child.stdin as unknown as { unref?: () => void }).unref?.();
  }

  const exitedPromise = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (exited()) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const stopChild = async (): Promise<void> => {
    await terminate(pid, dataDir, 60_000, detached ? undefined : child);
    await cleanupFiles(dataDir, pid);
  };

  const fail = async (message: string): Promise<never> => {
    if (!exited()) await stopChild();
    const tail = await logTail(logFile, logStart);
    throw new Neo4jStartError(`${message}${tail ? `\n--- last lines of ${logFile}:\n${tail}` : ''}`);
  };

  // 1. Wait for the READY line (or an early exit).
  const watcher = new LogWatcher(logFile, logStart);
  const deadline = started + timeoutMs;
  while (watcher.ready === null) {
    await watcher.poll();
    if (watcher.ready !== null) break;
    if (spawnError) return fail(`Could not run Java: ${(spawnError as Error).message}. ${JAVA_MISSING}`);
    if (exited()) {
      await sleep(50);
      await watcher.poll();
      const code = child.exitCode;
      const reason = watcher.errors.join('; ');
      if (code === EXIT_PORT_IN_USE) throw new Neo4jPortInUseError(port);
      if (code === EXIT_STORE_LOCKED) {
        throw new Neo4jStoreInUseError(
          reason
            ? `${reason.charAt(0).toUpperCase()}${reason.slice(1)}, or use another NEO4J_DATA_DIR.`
            : `The Neo4j store in ${dataDir} is locked by another process. ` + `Stop it first (npm run db:stop), or use another NEO4J_DATA_DIR.`,
          null,
        );
      }
      if (code === EXIT_CONFIG) return fail(`Bad embedded Neo4j configuration: ${reason}`);
      return fail(`The embedded Neo4j exited during start-up (${child.signalCode ?? `exit code ${code}`})` + (reason ? `: ${reason}` : ''));
    }
    if (Date.now() > deadline) {
      return fail(`The embedded Neo4j did not become ready within ${Math.round(timeoutMs / 1000)} s`);
    }
    await sleep(150);
  }
  const uri = `bolt://127.0.0.1:${port}`;
  const readyMs = Date.now() - started;

  // 2. Authenticated connectivity, then the one compatibility check (version, APOC).
  let neo4jVersion: string;
  let apocVersion: string;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 10_000,
    maxConnectionPoolSize: 2,
    logging: { level: 'error', logger: noop },
  });
  try {
    let lastError: unknown = null;
    for (;;) {
      try {
        await driver.verifyConnectivity();
        break;
      } catch (err) {
        lastError = err;
        if (exited()) return await fail(`The embedded Neo4j exited after announcing readiness`);
        if (Date.now() > deadline) {
          return await fail(`The embedded Neo4j on ${uri} refused an authenticated connection: ${(lastError as Error).message}`);
        }
        await sleep(250);
      }
    }
    try {
      ({ neo4j: neo4jVersion, apoc: apocVersion } = await checkNeo4jCompat(driver));
    } catch (err) {
      if (!(err instanceof Neo4jCompatError)) throw err;
      return await fail(`${err.message} (the embedded Neo4j loads APOC from ${PLUGINS_DIR}; delete neo4j/lib to re-download)`);
    }
  } finally {
    await driver.close();
  }

  await fsp.writeFile(
    path.join(dataDir, RUN_FILE),
    JSON.stringify({ pid, port, uri, startedAt: new Date().toISOString(), neo4jVersion, apocVersion }, null, 2) + '\n',
  );
  const totalMs = Date.now() - started;
  log(`Neo4j ${neo4jVersion} up on ${uri} (APOC ${apocVersion}) in ${(totalMs / 1000).toFixed(1)} s` + ` (ready line after ${(readyMs / 1000).toFixed(1)} s)`);

  let stopping: Promise<void> | null = null;
  return {
    uri,
    user: 'neo4j',
    password,
    pid,
    dataDir,
    neo4jVersion,
    apocVersion,
    logFile,
    exited: exitedPromise,
    stop: () => {
      stopping ??= stopChild();
      return stopping;
    },
  };
}
