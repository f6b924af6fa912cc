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
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { ExpectedError } from '../../../shared/errors.ts';
import { repoRoot } from './config.ts';

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

/** Java, Maven or the jars are missing or unusable. */
export class Neo4jSetupError extends ExpectedError {
  constructor(message: string) {
    super(message);
  }
}

/** The JVM failed or did not come up in time. */
export class Neo4jStartError extends ExpectedError {
  constructor(message: string) {
    super(message);
  }
}

export const NEO4J_DIR = path.join(repoRoot, 'neo4j');
const POM = path.join(NEO4J_DIR, 'pom.xml');
const LAUNCHER = path.join(NEO4J_DIR, 'Launcher.java');
const LIB_DIR = path.join(NEO4J_DIR, 'lib');
const PLUGINS_DIR = path.join(NEO4J_DIR, 'lib-plugins');
const STAMP_FILE = path.join(LIB_DIR, '.pom.sha256');
/** Bump when the way jars are laid out changes, to force a refresh. */
const LAYOUT_VERSION = '1';

const PID_FILE = 'neo4j.pid';
const RUN_FILE = 'embedded.json';
const PASSWORD_FILE = 'password';
const LAUNCHER_LOG = path.join('logs', 'launcher.log');

// Launcher exit codes (see neo4j/Launcher.java).
const EXIT_CONFIG = 2;
const EXIT_STORE_LOCKED = 3;
const EXIT_PORT_IN_USE = 4;

const JAVA_MISSING = 'Java 17+ is required for the embedded Neo4j: install a JDK or set NEO4J_URI to an external Neo4j';
const MAVEN_MISSING =
  'Maven (mvn) is required once to download Neo4j and APOC from Maven Central into neo4j/lib: ' + 'install Maven, or set NEO4J_URI to an external Neo4j';

const noop = (): void => {};

// ---------------------------------------------------------------------------------------------
// Tooling checks and jars

function javaCommand(): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const candidate = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (fs.existsSync(candidate)) return candidate;
  }
  return 'java';
}

/** Checks that Java 17+ is available; returns its major version. */
export function checkJava(log: (line: string) => void = noop): number {
  const java = javaCommand();
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Neo4jSetupError(`${JAVA_MISSING} (could not run '${java} -version': ${result.error?.message ?? result.stderr.trim()})`);
  }
  const output = `${result.stderr}\n${result.stdout}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) {
    throw new Neo4jSetupError(`${JAVA_MISSING} (cannot read the version from: ${output.trim().split('\n')[0]})`);
  }
  const major = match[1] === '1' ? Number(match[2]) : Number(match[1]);
  if (major < 17) {
    throw new Neo4jSetupError(`${JAVA_MISSING} (found Java ${major} at '${java}')`);
  }
  if (major > 21) {
    log(`Warning: Java ${major} found; Neo4j 5.26 supports Java 17 and 21 (set JAVA_HOME to pick another JDK).`);
  }
  return major;
}

function pomVersions(pomText: string): { neo4j: string; apoc: string } {
  const neo = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pomText)?.[1] ?? '5.26.x';
  const apoc = /<apoc\.version>([^<]+)<\/apoc\.version>/.exec(pomText)?.[1] ?? neo;
  return { neo4j: neo, apoc };
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const LOCK_DIR = path.join(NEO4J_DIR, 'lib.lock');
/** A download lock older than this is taken as abandoned. */
const LOCK_STALE_MS = 20 * 60_000;

/** Serialises jar downloads between processes (mkdir is atomic). */
async function withDownloadLock<T>(log: (line: string) => void, fn: () => Promise<T>): Promise<T> {
  let waitingSaid = false;
  for (;;) {
    try {
      await fsp.mkdir(LOCK_DIR);
      await fsp.writeFile(path.join(LOCK_DIR, 'pid'), `${process.pid}\n`);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(await fsp.readFile(path.join(LOCK_DIR, 'pid'), 'utf8').catch(() => ''));
      const age = Date.now() - ((await fsp.stat(LOCK_DIR).catch(() => null))?.mtimeMs ?? Date.now());
      if ((owner > 0 && !isAlive(owner)) || age > LOCK_STALE_MS) {
        await fsp.rm(LOCK_DIR, { recursive: true, force: true });
        continue;
      }
      if (!waitingSaid) {
        log('Waiting for another process that is downloading the Neo4j jars…');
        waitingSaid = true;
      }
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    await fsp.rm(LOCK_DIR, { recursive: true, force: true });
  }
}

async function jarsUpToDate(stamp: string): Promise<boolean> {
  const current = await fsp.readFile(STAMP_FILE, 'utf8').catch(() => '');
  const pluginsOk = await fsp
    .readdir(PLUGINS_DIR)
    .then((names) => names.some((n) => /^apoc-core-.*\.jar$/.test(n)))
    .catch(() => false);
  return current.trim() === stamp && pluginsOk;
}

/**
 * Makes sure neo4j/lib holds the jars for the current pom.xml (runs Maven when lib is missing
 * or the pom changed) and neo4j/lib-plugins holds the APOC jars.
 */
export async function ensureNeo4jJars(log: (line: string) => void = noop): Promise<void> {
  const pomText = await fsp.readFile(POM, 'utf8');
  const stamp = createHash('sha256').update(LAYOUT_VERSION).update('\0').update(pomText).digest('hex');
  if (await jarsUpToDate(stamp)) return;

  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) throw new Neo4jSetupError(MAVEN_MISSING);

  await withDownloadLock(log, async () => {
    if (await jarsUpToDate(stamp)) return; // another process did it while we waited
    const versions = pomVersions(pomText);
    log(`Downloading Neo4j ${versions.neo4j} and APOC ${versions.apoc} from Maven Central (first run only)…`);
    const started = Date.now();
    // Download into a fresh directory and swap it in, so an old version's jars never mix with new ones.
    const tmpLib = path.join(NEO4J_DIR, `lib.tmp-${process.pid}`);
    await fsp.rm(tmpLib, { recursive: true, force: true });
    const result = await run(
      'mvn',
      ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${tmpLib}`],
      NEO4J_DIR,
    );
    if (result.code !== 0) {
      await fsp.rm(tmpLib, { recursive: true, force: true });
      const tail = result.output.trim().split('\n').slice(-15).join('\n');
      throw new Neo4jSetupError(`Maven could not download the Neo4j jars (exit ${result.code}):\n${tail}`);
    }
    const jars = await fsp.readdir(tmpLib);
    const apocJars = jars.filter((n) => /^apoc-(core|common)-.*\.jar$/.test(n));
    if (!apocJars.some((n) => n.startsWith('apoc-core-'))) {
      throw new Neo4jSetupError(`Maven finished but no apoc-core jar is in ${tmpLib}`);
    }
    await fsp.writeFile(path.join(tmpLib, path.basename(STAMP_FILE)), stamp + '\n');

    await fsp.rm(LIB_DIR, { recursive: true, force: true });
    await fsp.rename(tmpLib, LIB_DIR);
    await fsp.rm(PLUGINS_DIR, { recursive: true, force: true });
    await fsp.mkdir(PLUGINS_DIR, { recursive: true });
    for (const jar of apocJars) {
      await fsp.copyFile(path.join(LIB_DIR, jar), path.join(PLUGINS_DIR, jar));
    }
    log(`Downloaded ${jars.length} jars in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  });
}

// ---------------------------------------------------------------------------------------------
// Processes, pid files, ports

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when pid is a live process that looks like our launcher (guards against pid reuse). */
function isLauncherProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmdline.includes('Launcher')) return true;
    // A zombie has an empty command line: not a running server.
    return false;
  } catch {
    return true; // no /proc (macOS): trust the liveness check
  }
}

function readPidFile(dataDir: string): number | null {
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
  if (pid === null || !isLauncherProcess(pid)) return null;
  let uri: string | null = null;
  let port: number | null = null;
  try {
    const info = JSON.parse(fs.readFileSync(path.join(dir, RUN_FILE), 'utf8')) as { pid?: number; uri?: string; port?: number };
    if (info.pid === pid) {
      uri = info.uri ?? null;
      port = info.port ?? null;
    }
  } catch {
    // no run file
  }
  return { pid, uri, port };
}

/** Resolves true when the port can be bound on 127.0.0.1. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitForExit(pid: number, timeoutMs: number, child?: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child ? child.exitCode !== null || child.signalCode !== null : !isLauncherProcess(pid)) return true;
    await sleep(100);
  }
  return child ? child.exitCode !== null || child.signalCode !== null : !isLauncherProcess(pid);
}

async function terminate(pid: number, timeoutMs: number, child?: ChildProcess): Promise<void> {
  // Never signal a pid that is no longer ours (it may have been reused).
  if (child ? child.exitCode !== null || child.signalCode !== null : !isLauncherProcess(pid)) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  if (await waitForExit(pid, timeoutMs, child)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  await waitForExit(pid, 10_000, child);
}

async function cleanupFiles(dataDir: string, pid: number): Promise<void> {
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
  const log = options.log ?? noop;
  const pid = readPidFile(dir);
  if (pid === null) return false;
  if (!isLauncherProcess(pid)) {
    await cleanupFiles(dir, pid); // stale, e.g. after kill -9 or a reboot
    return false;
  }
  log(`Stopping Neo4j (pid ${pid})…`);
  await terminate(pid, options.timeoutMs ?? 60_000);
  await cleanupFiles(dir, pid);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Password

async function resolvePassword(dataDir: string, given: string | undefined): Promise<string> {
  if (given !== undefined) {
    if (given.length < 8) throw new Neo4jSetupError('The Neo4j password must have at least 8 characters.');
    return given;
  }
  const file = path.join(dataDir, PASSWORD_FILE);
  try {
    const existing = (await fsp.readFile(file, 'utf8')).trim();
    if (existing.length >= 8) return existing;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const password = randomBytes(18).toString('base64url'); // 24 characters
  await fsp.writeFile(file, password + '\n', { mode: 0o600 });
  await fsp.chmod(file, 0o600);
  return password;
}

// ---------------------------------------------------------------------------------------------
// Start

function jvmArgs(options: { heap: string; pageCache: string; txTimeout: string; port: number; dataDir: string; detached: boolean }): string[] {
  return [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
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
    `--home=${options.dataDir}`,
    `--port=${options.port}`,
    `--pagecache=${options.pageCache}`,
    `--tx-timeout=${options.txTimeout}`,
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
    child = spawn(javaCommand(), jvmArgs({ heap, pageCache, txTimeout, port, dataDir, detached }), {
      cwd: dataDir,
      env: { ...process.env, NEO4J_PASSWORD: password },
      stdio: [detached ? 'ignore' : 'pipe', logFd, logFd],
      detached,
    });
  } finally {
    fs.closeSync(logFd);
  }
  const pid = child.pid;
  if (pid === undefined) {
    throw new Neo4jStartError(`Could not start Java for the embedded Neo4j. ${JAVA_MISSING}`);
  }
  let spawnError: Error | null = null;
  child.on('error', (err) => (spawnError = err));
  if (detached) child.unref();
  // In attached mode the launcher exits when its stdin closes; never let the pipe keep us alive.
  if (child.stdin) {
    child.stdin.on('error', noop);
    (child.stdin as unknown as { unref?: () => void }).unref?.();
  }

  const stopChild = async (): Promise<void> => {
    await terminate(pid, 60_000, detached ? undefined : child);
    await cleanupFiles(dataDir, pid);
  };
  const exited = (): boolean => child.exitCode !== null || child.signalCode !== null;

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

  // 2. Authenticated connectivity, versions, APOC.
  let neo4jVersion = '';
  let apocVersion = '';
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
    const session = driver.session();
    try {
      const components = await session.run('CALL dbms.components() YIELD versions RETURN versions[0] AS v');
      neo4jVersion = String(components.records[0]?.get('v') ?? '');
      try {
        const apoc = await session.run('RETURN apoc.version() AS v');
        apocVersion = String(apoc.records[0]?.get('v') ?? '');
      } catch (err) {
        return await fail(
          `APOC is not loaded in the embedded Neo4j (${(err as Error).message}); ` +
            `check that ${PLUGINS_DIR} holds the apoc-core and apoc-common jars (delete neo4j/lib to re-download)`,
        );
      }
    } finally {
      await session.close();
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
    stop: () => {
      stopping ??= stopChild();
      return stopping;
    },
  };
}
