/**
 * One place that yields a Neo4j driver: the external server named by NEO4J_URI, or the
 * embedded one (started here and stopped by close()).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { ExpectedError } from '../../../shared/errors.ts';
import type { GraphConfig } from './config.ts';
import { startEmbeddedNeo4j, type RunningNeo4j } from './embedded-neo4j.ts';

export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  /** The embedded server when one was started, else null (external NEO4J_URI). */
  embedded: RunningNeo4j | null;
  /** Closes the driver, then stops the embedded server if there is one. */
  close(): Promise<void>;
}

/** Neo4j cannot be reached or refused the credentials; the message names the URI. */
export class Neo4jConnectionError extends ExpectedError {}

const noop = (): void => {};

export async function connectNeo4j(config: GraphConfig, log: (line: string) => void = noop): Promise<Neo4jConnection> {
  if (config.uri !== null) {
    const uri = config.uri;
    const driver = neo4j.driver(uri, neo4j.auth.basic(config.user, config.password ?? ''), {
      connectionTimeout: 15_000,
    });
    try {
      await driver.verifyConnectivity();
    } catch (err) {
      await driver.close().catch(noop);
      throw new Neo4jConnectionError(`cannot reach Neo4j at ${uri}: ${(err as Error).message}`, { cause: err });
    }
    log(`Using the external Neo4j at ${uri}`);
    let closing: Promise<void> | null = null;
    return {
      driver,
      uri,
      embedded: null,
      close: () => (closing ??= driver.close()),
    };
  }

  const embedded = await startEmbeddedNeo4j({ ...embeddedNeo4jOptions(config), log });
  const driver = neo4j.driver(embedded.uri, neo4j.auth.basic(embedded.user, embedded.password));
  try {
    await driver.verifyConnectivity();
  } catch (err) {
    await driver.close().catch(noop);
    await embedded.stop();
    throw new Neo4jConnectionError(`cannot reach Neo4j at ${embedded.uri}: ${(err as Error).message}`, { cause: err });
  }
  let closing: Promise<void> | null = null;
  return {
    driver,
    uri: embedded.uri,
    embedded,
    close: () =>
      (closing ??= (async () => {
        try {
          await driver.close();
        } finally {
          await embedded.stop();
        }
      })()),
  };
}

/** The embedded server's settings as the configuration gives them (npm start, npm run db:start). */
export function embeddedNeo4jOptions(config: GraphConfig) {
  return {
    dataDir: config.dataDir,
    port: config.port,
    password: config.password,
    heap: config.heap,
    pageCache: config.pageCache,
    txTimeout: config.txTimeout,
  };
}

export interface Neo4jVersions {
  neo4j: string;
  /** null when APOC is not installed. */
  apoc: string | null;
}

export async function neo4jVersions(driver: Driver): Promise<Neo4jVersions> {
  const session = driver.session();
  try {
    const components = await session.run("CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version");
    const version = components.records[0]?.get('version');
    let apoc: string | null = null;
    try {
      const result = await session.run('RETURN apoc.version() AS version');
      const value = result.records[0]?.get('version');
      apoc = value === null || value === undefined ? null : String(value);
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (!/UnknownFunction|ProcedureNotFound|SyntaxError/.test(code) && !/Unknown function/i.test((err as Error).message)) throw err;
    }
    return { neo4j: version === null || version === undefined ? 'unknown' : String(version), apoc };
  } finally {
    await session.close();
  }
}
