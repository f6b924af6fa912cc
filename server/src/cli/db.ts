/**
 * npm run db:start   start the embedded Neo4j in the background (it keeps running after this exits)
 * npm run db:stop    stop it
 * tsx server/src/cli/db.ts status   says whether it runs
 * tsx server/src/cli/db.ts fetch    only downloads the Neo4j and APOC jars (for CI / offline prep)
 *
 * Settings come from the environment (see server/src/graph/config.ts); --port and --data-dir
 * override NEO4J_PORT and NEO4J_DATA_DIR.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parsePort } from '../../../shared/ports.ts';
import { loadConfig, repoRoot } from '../graph/config.ts';
import { embeddedNeo4jOptions } from '../graph/connection.ts';
import { startEmbeddedNeo4j } from '../graph/embedded-neo4j.ts';
import { checkJava, ensureNeo4jJars } from '../graph/neo4j-jars.ts';
import { embeddedNeo4jStatus, stopEmbeddedNeo4j } from '../graph/neo4j-process.ts';

const USAGE = `Usage: tsx server/src/cli/db.ts <start|stop|status|fetch> [--port N] [--data-dir DIR]

  start    start the embedded Neo4j in the background and print how to connect
  stop     stop it (SIGTERM, then SIGKILL after 60 s)
  status   say whether it is running
  fetch    download the Neo4j and APOC jars into neo4j/lib (done by start when needed)

Environment: NEO4J_PORT, NEO4J_DATA_DIR, NEO4J_PASSWORD, NEO4J_HEAP, NEO4J_PAGECACHE,
NEO4J_TX_TIMEOUT; with NEO4J_URI set nothing is started (an external Neo4j is used).`;

function say(line: string): void {
  process.stdout.write(line + '\n');
}

function shown(dir: string): string {
  const relative = path.relative(repoRoot, dir);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || positionals.length !== 1 || !['start', 'stop', 'status', 'fetch'].includes(command ?? '')) {
    say(USAGE);
    return values.help ? 0 : 2;
  }

  if (command === 'fetch') {
    checkJava(say);
    await ensureNeo4jJars(say);
    say('Neo4j and APOC jars are in neo4j/lib (APOC also in neo4j/lib-plugins).');
    return 0;
  }

  const config = loadConfig(process.env);
  if (values.port !== undefined) config.port = parsePort(values.port, '--port');
  if (values['data-dir'] !== undefined) config.dataDir = path.resolve(values['data-dir']);

  if (config.uri !== null && command === 'start') {
    say(`NEO4J_URI is set (${config.uri}): the external Neo4j is used, nothing to start.`);
    return 0;
  }

  if (command === 'status') {
    const status = embeddedNeo4jStatus(config.dataDir);
    if (status) say(`Neo4j is running (pid ${status.pid}) on ${status.uri ?? `port ${status.port ?? '?'}`}, data in ${shown(config.dataDir)}`);
    else say(`Neo4j is not running (data dir ${shown(config.dataDir)})`);
    return status ? 0 : 3;
  }

  if (command === 'stop') {
    const stopped = await stopEmbeddedNeo4j(config.dataDir, { log: say });
    say(stopped ? 'Neo4j stopped.' : `Neo4j was not running (data dir ${shown(config.dataDir)}).`);
    return 0;
  }

  const status = embeddedNeo4jStatus(config.dataDir);
  if (status) {
    say(
      `Neo4j is already running (pid ${status.pid}) on ${status.uri ?? `port ${status.port ?? '?'}`}, ` +
        `data in ${shown(config.dataDir)}. Stop it with: npm run db:stop`,
    );
    return 0;
  }
  const neo = await startEmbeddedNeo4j({ ...embeddedNeo4jOptions(config), detached: true, log: say });
  say('');
  say(`  URI:       ${neo.uri}`);
  say(`  user:      ${neo.user}`);
  say(`  password:  ${config.password !== undefined ? 'from NEO4J_PASSWORD' : `in ${shown(path.join(neo.dataDir, 'password'))}`}`);
  say(`  data:      ${shown(neo.dataDir)} (Neo4j logs in ${shown(path.join(neo.dataDir, 'logs'))})`);
  say(`  pid:       ${neo.pid}`);
  say('');
  say('Neo4j keeps running in the background. Stop it with: npm run db:stop');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`db: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
