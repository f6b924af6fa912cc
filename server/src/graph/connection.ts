/**
 * One place that yields a Neo4j driver: the external server named by NEO4J_URI, or the
 * embedded one (started and supervised here, stopped by close()).
 */
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { ExpectedError } from '../../../shared/errors.ts';
import type { GraphConfig } from './config.ts';
import type { EmbeddedNeo4jOptions } from './embedded-neo4j.ts';
import { Neo4jSupervisor, type SupervisorState } from './neo4j-supervisor.ts';

export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  /** The embedded server's supervisor when one was started, else null (external NEO4J_URI). */
  embedded: Neo4jSupervisor | null;
  /** Closes the driver, then stops the embedded server if there is one. */
  close(): Promise<void>;
}

export type { SupervisorState };

/** Neo4j cannot be reached or refused the credentials; the message names the URI. */
export class Neo4jConnectionError extends ExpectedError {}

const noop = (): void => {};

/**
 * Driver settings that make a dead or stuck database show within seconds instead of the
 * driver's defaults (60 s to get a connection, 30 s of retries):
 * - connectionTimeout: opening a socket; a local or LAN server answers in milliseconds.
 * - connectionAcquisitionTimeout: waiting for a pooled connection; admission control keeps the
 *   requests in flight far below the pool size, so a wait this long means trouble.
 * - maxTransactionRetryTime: executeRead retries "transient" errors (a dead server, and also
 *   Neo4j's MemoryPoolOutOfMemoryError); one retry after ~1 s is enough to ride out a failover,
 *   more only delays the answer.
 */
export const driverConfig: Config = {
  connectionTimeout: 2_000,
  connectionAcquisitionTimeout: 2_000,
  maxTransactionRetryTime: 1_000,
  maxConnectionPoolSize: 50,
  logging: { level: 'error', logger: noop },
};

export async function connectNeo4j(config: GraphConfig, log: (line: string) => void = noop): Promise<Neo4jConnection> {
  if (config.uri !== null) {
    const uri = config.uri;
    const driver = neo4j.driver(uri, neo4j.auth.basic(config.user, config.password ?? ''), driverConfig);
    await verify(driver, uri, async () => {});
    log(`Using the external Neo4j at ${uri}`);
    let closing: Promise<void> | null = null;
    return { driver, uri, embedded: null, close: () => (closing ??= driver.close()) };
  }

  const supervisor = await Neo4jSupervisor.start(embeddedNeo4jOptions(config), log);
  const { uri, user, password } = supervisor.current;
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), driverConfig);
  await verify(driver, uri, () => supervisor.stop());
  let closing: Promise<void> | null = null;
  return {
    driver,
    uri,
    embedded: supervisor,
    close: () =>
      (closing ??= (async () => {
        try {
          await driver.close();
        } finally {
          await supervisor.stop();
        }
      })()),
  };
}

async function verify(driver: Driver, uri: string, cleanup: () => Promise<void>): Promise<void> {
  try {
    await driver.verifyConnectivity();
  } catch (err) {
    await driver.close().catch(noop);
    await cleanup();
    throw new Neo4jConnectionError(`cannot reach Neo4j at ${uri}: ${(err as Error).message}`, { cause: err });
  }
}

/** The embedded server's settings as the configuration gives them: the one place they are derived (npm start, npm run db:start). */
export function embeddedNeo4jOptions(config: GraphConfig): EmbeddedNeo4jOptions {
  return {
    dataDir: config.dataDir,
    port: config.port,
    password: config.password,
    heap: config.heap,
    pageCache: config.pageCache,
    txTimeout: config.txTimeout,
    txMemory: config.txMemory,
    txTotalMemory: config.txTotalMemory,
  };
}
