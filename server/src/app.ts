/**
 * startApp(config): the one way to wire Neo4j, the GraphQL schema, the API and HTTP together.
 * `npm start` (main.ts) and the integration tests use it; e2e and the bench spawn main.ts.
 *
 * Order: Neo4j up (embedded and supervised, or NEO4J_URI), compatibility checked once (version,
 * APOC, @neo4j/graphql's own needs), schema applied, seed imported into an empty database, then
 * HTTP. stop() drains: no new connections, requests in flight get their answers (bounded by
 * drainMs), Apollo's drain runs, and only then Neo4j stops.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { AnswerCache, loadCacheSettings, type CacheSettings } from './api/answer-cache.ts';
import { buildSchema } from './api/schema.ts';
import type { GraphConfig } from './graph/config.ts';
import { connectNeo4j, type Neo4jConnection } from './graph/connection.ts';
import { DataVersionWatcher, defaultWatcherOptions } from './graph/data-version.ts';
import { checkNeo4jCompat, unboundedServerSettings } from './graph/neo4j-compat.ts';
import { QueryRunner } from './graph/query-runner.ts';
import { applySchema, loadCypher } from './graph/schema.ts';
import { importSeedIfEmpty } from './graph/seed.ts';
import { loadGlossary } from './graph/plan-source.ts';
import { createApp } from './http/app.ts';
import { importAccess, type ImportAccess } from './http/import/import-token.ts';
import { importRoutes } from './http/import/import-routes.ts';

export interface AppConfig {
  graph: GraphConfig;
  /** 0 picks a free port (tests). */
  port: number;
  host: string;
  /** Built explorer (client/dist); served at / when present. */
  clientDir: string;
  /** Import the seed plan when the database holds no plan (npm start); tests import their own. */
  seedIfEmpty: boolean;
  /** How long stop() lets requests in flight finish before closing their connections. */
  drainMs?: number;
  /** The answer cache; default from CACHE, CACHE_MAX_MB and CACHE_VERSION_CHECK. */
  cache?: CacheSettings;
  /** Who may import from the browser; default: from IMPORT_TOKEN (a generated token when unset). */
  importAccess?: ImportAccess;
  log?: (line: string) => void;
}

export interface RunningApp {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  httpServer: Server;
  apollo: ApolloServer;
  runner: QueryRunner;
  connection: Neo4jConnection;
  /** The data version this instance serves; an import made in this process calls refresh() after it commits. */
  dataVersion: DataVersionWatcher;
  /** Null with CACHE=off. */
  answerCache: AnswerCache | null;
  /** The import token (print it with the URL), or imports disabled. */
  importAccess: ImportAccess;
  /** The import endpoint's upload folder (temporary, emptied as uploads are read). */
  importUploadDir: string;
  /** Drains HTTP, stops Apollo, closes the driver and stops the embedded Neo4j. Idempotent. */
  stop(): Promise<void>;
}

const DEFAULT_DRAIN_MS = 10_000;
const DRAIN_GRACE_MS = 500;

export async function startApp(config: AppConfig): Promise<RunningApp> {
  const log = config.log ?? (() => {});
  const connection = await connectNeo4j(config.graph, log);
  let watcher: DataVersionWatcher | null = null;
  try {
    const { driver } = connection;
    const versions = await checkNeo4jCompat(driver);
    if (connection.embedded === null) {
      for (const warning of await unboundedServerSettings(driver)) log(`Warning: ${warning} (see README, "External Neo4j")`);
    }
    await applySchema(driver, loadCypher('schema'));
    if (config.seedIfEmpty) await importSeedIfEmpty(driver, log);

    const runner = new QueryRunner(driver, { timeoutMs: config.graph.readTimeoutMs });
    const cacheSettings = config.cache ?? loadCacheSettings();
    const answerCache = cacheSettings.enabled ? new AnswerCache(cacheSettings.maxBytes) : null;
    const dataVersion = (watcher = new DataVersionWatcher(runner, { ...defaultWatcherOptions, check: cacheSettings.check }));
    // Answers of an earlier version can never be served again: free their memory at once.
    dataVersion.onChange(() => answerCache?.clear());
    await dataVersion.start();
    const schema = await buildSchema(driver, runner);
    const access = config.importAccess ?? importAccess();
    const imports = importRoutes({ access, driver, runner, glossary: await loadGlossary(), onWritten: () => dataVersion.refresh() });
    const httpServer = createServer();
    const { app, apollo } = await createApp({
      schema,
      runner,
      httpServer,
      versions,
      clientDir: config.clientDir,
      readTimeoutMs: config.graph.readTimeoutMs,
      supervisor: connection.embedded?.status ?? null,
      answers: { cache: answerCache, watcher: dataVersion },
      importRouter: imports.router,
    });
    // While draining, every answer closes its connection, so keep-alive clients move on.
    let draining = false;
    httpServer.on('request', (request, response) => {
      if (draining) response.setHeader('connection', 'close');
      app(request, response);
    });
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const { port } = httpServer.address() as AddressInfo;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;

    let stopping: Promise<void> | null = null;
    const stop = () =>
      (stopping ??= (async () => {
        draining = true;
        await drain(httpServer, config.drainMs ?? DEFAULT_DRAIN_MS, log);
        // An import still running is one transaction: closing the driver rolls it back whole.
        imports.close();
        await apollo.stop();
        dataVersion.stop();
        await connection.close();
      })());
    return {
      url: `http://${host}:${port}`,
      httpServer,
      apollo,
      runner,
      connection,
      dataVersion,
      answerCache,
      importAccess: access,
      importUploadDir: imports.uploadDir,
      stop,
    };
  } catch (error) {
    watcher?.stop();
    await connection.close();
    throw error;
  }
}

/**
 * Lets requests already sent be read, stops accepting connections, and waits for the requests
 * in flight; past `drainMs` the remaining connections are closed.
 *
 * Why the grace before close(): since Node 19, server.close() also closes every connection that
 * is not sending a request, and a request whose bytes wait unread in a busy server's socket
 * counts as not sending: it would be reset (measured: 12 of 20 requests sent just before a
 * Ctrl-C). Half a second lets the event loop read them first.
 */
async function drain(httpServer: Server, drainMs: number, log: (line: string) => void): Promise<void> {
  if (!httpServer.listening) return;
  await new Promise((resolve) => setTimeout(resolve, DRAIN_GRACE_MS));
  const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
  // A keep-alive connection becomes idle once its answer is sent: close it then, so close() can end.
  const idle = setInterval(() => httpServer.closeIdleConnections(), 250);
  const timer = setTimeout(() => {
    log(`requests still in flight after ${drainMs / 1000} s: closing their connections`);
    httpServer.closeAllConnections();
  }, drainMs);
  await closed;
  clearInterval(idle);
  clearTimeout(timer);
}
