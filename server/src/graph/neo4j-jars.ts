/**
 * The embedded Neo4j's jars: Java present, and neo4j/lib filled from Maven Central through
 * neo4j/pom.xml (once; again when the pom changes), the APOC jars also copied into
 * neo4j/lib-plugins, Neo4j's plugin directory. Downloads are serialised between processes (two
 * test runs, or npm start beside npm test) with proper-lockfile on neo4j/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { ExpectedError } from '../../../shared/errors.ts';
import { repoRoot } from './config.ts';

/** Java, Maven or the jars are missing or unusable. */
export class Neo4jSetupError extends ExpectedError {}

export const NEO4J_DIR = path.join(repoRoot, 'neo4j');
export const LAUNCHER = path.join(NEO4J_DIR, 'Launcher.java');
export const LIB_DIR = path.join(NEO4J_DIR, 'lib');
export const PLUGINS_DIR = path.join(NEO4J_DIR, 'lib-plugins');
const POM = path.join(NEO4J_DIR, 'pom.xml');
const STAMP_FILE = path.join(LIB_DIR, '.pom.sha256');
/** Bump when the way jars are laid out changes, to force a refresh. */
const LAYOUT_VERSION = '1';

export const JAVA_MISSING = 'Java 17+ is required for the embedded Neo4j: install a JDK or set NEO4J_URI to an external Neo4j';
const MAVEN_MISSING =
  'Maven (mvn) is required once to download Neo4j and APOC from Maven Central into neo4j/lib: install Maven, or set NEO4J_URI to an external Neo4j';

const noop = (): void => {};

/** The java executable: JAVA_HOME's when set, else the one on PATH. */
export function javaCommand(): string {
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
  if (!match) throw new Neo4jSetupError(`${JAVA_MISSING} (cannot read the version from: ${output.trim().split('\n')[0]})`);
  const major = match[1] === '1' ? Number(match[2]) : Number(match[1]);
  if (major < 17) throw new Neo4jSetupError(`${JAVA_MISSING} (found Java ${major} at '${java}')`);
  if (major > 21) log(`Warning: Java ${major} found; Neo4j 5.26 supports Java 17 and 21 (set JAVA_HOME to pick another JDK).`);
  return major;
}

function pomVersions(pomText: string): { neo4j: string; apoc: string } {
  const neo = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pomText)?.[1] ?? '5.26.x';
  const apoc = /<apoc\.version>([^<]+)<\/apoc\.version>/.exec(pomText)?.[1] ?? neo;
  return { neo4j: neo, apoc };
}

/** Runs a command to its end, collecting stdout and stderr together (Maven's errors go to either). */
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

  // The lock is neo4j/lib.lock; proper-lockfile refreshes its mtime while we hold it, so a lock
  // left by a killed process is taken over after `stale` ms rather than blocking forever.
  const lockOptions = { lockfilePath: path.join(NEO4J_DIR, 'lib.lock'), stale: 30_000 };
  const release = await lockfile.lock(NEO4J_DIR, lockOptions).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ELOCKED') throw error;
    log('Waiting for another process that is downloading the Neo4j jars…');
    return lockfile.lock(NEO4J_DIR, { ...lockOptions, retries: { retries: 1200, minTimeout: 500, maxTimeout: 1000 } });
  });
  try {
    if (await jarsUpToDate(stamp)) return; // another process did it while we waited
    await downloadJars(pomText, stamp, log);
  } finally {
    await release();
  }
}

async function downloadJars(pomText: string, stamp: string, log: (line: string) => void): Promise<void> {
  const versions = pomVersions(pomText);
  log(`Downloading Neo4j ${versions.neo4j} and APOC ${versions.apoc} from Maven Central (first run only)…`);
  const started = Date.now();
  // Download into a fresh directory and swap it in, so an old version's jars never mix with new ones.
  const tmpLib = path.join(NEO4J_DIR, `lib.tmp-${process.pid}`);
  await fsp.rm(tmpLib, { recursive: true, force: true });
  const result = await run('mvn', ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${tmpLib}`], NEO4J_DIR);
  if (result.code !== 0) {
    await fsp.rm(tmpLib, { recursive: true, force: true });
    const tail = result.output.trim().split('\n').slice(-15).join('\n');
    throw new Neo4jSetupError(`Maven could not download the Neo4j jars (exit ${result.code}):\n${tail}`);
  }
  const jars = await fsp.readdir(tmpLib);
  const apocJars = jars.filter((n) => /^apoc-(core|common)-.*\.jar$/.test(n));
  if (!apocJars.some((n) => n.startsWith('apoc-core-'))) throw new Neo4jSetupError(`Maven finished but no apoc-core jar is in ${tmpLib}`);
  await fsp.writeFile(path.join(tmpLib, path.basename(STAMP_FILE)), stamp + '\n');

  await fsp.rm(LIB_DIR, { recursive: true, force: true });
  await fsp.rename(tmpLib, LIB_DIR);
  await fsp.rm(PLUGINS_DIR, { recursive: true, force: true });
  await fsp.mkdir(PLUGINS_DIR, { recursive: true });
  for (const jar of apocJars) await fsp.copyFile(path.join(LIB_DIR, jar), path.join(PLUGINS_DIR, jar));
  log(`Downloaded ${jars.length} jars in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
