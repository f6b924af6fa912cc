/**
 * `npm start`: Neo4j up (embedded unless NEO4J_URI is set), schema applied, the seed plan
 * imported into an empty database, then the GraphQL API and the explorer served on one port.
 * SIGINT/SIGTERM drain the requests in flight before Neo4j stops.
 */
import { join } from 'node:path';
import { startApp, type RunningApp } from './app.ts';
import { loadConfig, repoRoot } from './graph/config.ts';
import { importAccessLine } from './http/import/import-token.ts';
import { isExpectedError } from '../../shared/errors.ts';
import { parsePort } from '../../shared/ports.ts';

const log = (line: string) => console.log(`[accountability-graph] ${line}`);

async function main(): Promise<void> {
  const graph = loadConfig();
  const port = parsePort(process.env.PORT ?? '4000', 'PORT');
  const host = process.env.HOST ?? '127.0.0.1';

  // Signals that arrive while Neo4j starts wait for the start to finish, then stop it.
  let app: RunningApp | null = null;
  let stopRequested: string | null = null;
  let firstSignalAt = 0;
  const shutdown = async (signal: string) => {
    if (stopRequested !== null) {
      // A terminal's Ctrl-C reaches this process twice under `npm start`: from the terminal, and
      // relayed by the tsx wrapper. Only a signal given later means "stop waiting".
      if (Date.now() - firstSignalAt < 2000) return;
      log(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopRequested = signal;
    firstSignalAt = Date.now();
    if (app === null) return;
    log(`${signal}: draining requests in flight, then stopping`);
    await app.stop();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  app = await startApp({ graph, port, host, clientDir: join(repoRoot, 'client', 'dist'), seedIfEmpty: true, log });
  if (stopRequested !== null) {
    const signal: string = stopRequested;
    stopRequested = null;
    return shutdown(signal);
  }
  log(`explorer  ${app.url}/`);
  log(`GraphQL   ${app.url}/graphql  (GraphiQL in the explorer's Query tab)`);
  log(`health    ${app.url}/health`);
  log(importAccessLine(app.importAccess, app.url));
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
