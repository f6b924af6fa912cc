/**
 * `npm start`: Neo4j up (embedded unless NEO4J_URI is set), schema applied, the seed plan
 * imported into an empty database, then the GraphQL API and the explorer served on one port.
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { buildSchema } from './api/schema.ts';
import { loadConfig, repoRoot } from './graph/config.ts';
import { connectNeo4j, neo4jVersions } from './graph/connection.ts';
import { QueryRunner } from './graph/query-runner.ts';
import { applySchema, loadCypher } from './graph/schema.ts';
import { importSeedIfEmpty } from './graph/seed.ts';
import { createApp } from './http/app.ts';
import { isExpectedError } from '../../shared/errors.ts';
import { parsePort } from '../../shared/ports.ts';

const log = (line: string) => console.log(`[accountability-graph] ${line}`);

async function main(): Promise<void> {
  const config = loadConfig();
  const port = parsePort(process.env.PORT ?? '4000', 'PORT');
  const host = process.env.HOST ?? '127.0.0.1';

  const connection = await connectNeo4j(config, log);
  let stopping = false;
  const httpServer = createServer();
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    await connection.close();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await applySchema(connection.driver, loadCypher('schema'));
    log('schema applied');
    await importSeedIfEmpty(connection.driver, log);

    const versions = await neo4jVersions(connection.driver);
    const runner = new QueryRunner(connection.driver, { timeoutMs: config.txTimeoutMs });
    const schema = await buildSchema(connection.driver, runner);
    const { app } = await createApp({ schema, runner, httpServer, versions, clientDir: join(repoRoot, 'client', 'dist') });
    httpServer.on('request', app);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(port, host, resolve);
    });
  } catch (error) {
    await connection.close();
    throw error;
  }
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log(`explorer  ${base}/`);
  log(`GraphQL   ${base}/graphql  (GraphiQL in the explorer's Query tab)`);
  log(`health    ${base}/health`);
  log('Ctrl-C stops everything this started.');
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`[accountability-graph] start failed: port in use (${message}); set PORT`);
  } else if (isExpectedError(error)) {
    console.error(`[accountability-graph] start failed: ${message}`);
  } else {
    // Not a failure we foresaw: the stack is what a maintainer needs.
    console.error('[accountability-graph] start failed with an unexpected error:', error);
  }
  process.exit(1);
});
