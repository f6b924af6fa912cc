/**
 * What this project needs of a Neo4j, declared once and checked once at start-up (embedded or
 * NEO4J_URI alike): the version, and the APOC functions and procedures that our Cypher files
 * call. @neo4j/graphql checks its own needs (apoc.util.validatePredicate, apoc.date.*) with its
 * checkNeo4jCompat(), which startApp runs beside this.
 */
import type { Driver } from 'neo4j-driver';
import { ExpectedError } from '../../../shared/errors.ts';

/** APOC that cypher/*.cypher calls; add a name here when a Cypher file starts using one. */
export const REQUIRED_APOC = {
  functions: ['apoc.version'],
  procedures: ['apoc.path.subgraphAll'],
} as const;

/** Oldest Neo4j that @neo4j/graphql 7 and our Cypher (CALL subqueries, COLLECT {}) accept. */
export const MIN_NEO4J = [5, 23] as const;

/** The database is too old or lacks APOC; the message names what is missing. */
export class Neo4jCompatError extends ExpectedError {}

export interface Neo4jVersions {
  neo4j: string;
  apoc: string;
}

/** Checks version and APOC; resolves the versions for /health. */
export async function checkNeo4jCompat(driver: Driver): Promise<Neo4jVersions> {
  const session = driver.session();
  try {
    const components = await session.run("CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version");
    const version = String(components.records[0]?.get('version') ?? 'unknown');
    const [major = 0, minor = 0] = version.split('.').map(Number);
    if (major < MIN_NEO4J[0] || (major === MIN_NEO4J[0] && minor < MIN_NEO4J[1])) {
      throw new Neo4jCompatError(`Neo4j ${version} is too old: this project needs ${MIN_NEO4J.join('.')} or newer`);
    }
    const functions = await session.run('SHOW FUNCTIONS YIELD name WHERE name IN $names RETURN collect(name) AS names', {
      names: REQUIRED_APOC.functions,
    });
    const procedures = await session.run('SHOW PROCEDURES YIELD name WHERE name IN $names RETURN collect(name) AS names', {
      names: REQUIRED_APOC.procedures,
    });
    const names = (result: typeof functions): string[] => (result.records[0]?.get('names') as string[] | undefined) ?? [];
    const present = new Set<string>([...names(functions), ...names(procedures)]);
    const missing = [...REQUIRED_APOC.functions, ...REQUIRED_APOC.procedures].filter((name) => !present.has(name));
    if (missing.length > 0) {
      throw new Neo4jCompatError(`Neo4j ${version} lacks APOC core (missing ${missing.join(', ')}): install the APOC core plugin of the same version`);
    }
    const apoc = await session.run('RETURN apoc.version() AS version');
    return { neo4j: version, apoc: String(apoc.records[0]?.get('version')) };
  } finally {
    await session.close();
  }
}

/**
 * Server settings that bound what one query can do, which we cannot set on an external server:
 * read them and say which are unbounded, so the person running it knows (README: "External
 * Neo4j"). Per-transaction timeouts need no server setting: the driver sets them.
 */
const GUARD_SETTINGS: Record<string, (value: string) => boolean> = {
  'db.memory.transaction.max': (value) => /^0(\D|$)/.test(value),
  'dbms.memory.transaction.total.max': (value) => /^0(\D|$)/.test(value),
  'dbms.cypher.forbid_exhaustive_shortestpath': (value) => value !== 'true',
};

/** Warnings about unbounded guards on the server (empty when all are set). */
export async function unboundedServerSettings(driver: Driver): Promise<string[]> {
  try {
    const { records } = await driver.executeQuery('SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value', {
      names: Object.keys(GUARD_SETTINGS),
    });
    return records
      .filter((record) => GUARD_SETTINGS[record.get('name') as string]?.(String(record.get('value'))))
      .map((record) => `${record.get('name')} is ${record.get('value')}: a single query is not bounded there by the server`);
  } catch (error) {
    return [`cannot read the server's settings (${(error as Error).message.split('\n')[0]}); its memory guards are unknown`];
  }
}
