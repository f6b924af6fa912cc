/**
 * Applying .cypher schema files (constraints, indexes) statement by statement.
 *
 * File format: statements end with ';' at the end of a line; lines whose first non-blank
 * characters are '//' are comments. A ';' inside a string literal at the end of a line would
 * split the statement, so keep such literals off line ends.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { repoRoot } from './config.ts';

/** Splits cypher text into statements (without their trailing ';'). */
export function splitCypherStatements(cypherText: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const statement = current.join('\n').trim();
    if (statement !== '') statements.push(statement);
    current = [];
  };
  for (const rawLine of cypherText.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.replace(/\s+$/, '');
    if (/^\s*\/\//.test(line)) continue;
    if (line.endsWith(';')) {
      current.push(line.slice(0, -1));
      flush();
    } else {
      current.push(line);
    }
  }
  flush();
  return statements;
}

export interface ApplySchemaOptions {
  database?: string;
  /** Wait for new indexes to come online (default true). */
  awaitIndexes?: boolean;
  /** Seconds for db.awaitIndexes (default 120). */
  awaitIndexesTimeoutSeconds?: number;
  log?: (line: string) => void;
}

/** Neo4j's answer when an equivalent index/constraint exists and the statement lacks IF NOT EXISTS. */
const ALREADY_EXISTS = 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists';

/**
 * Runs each statement of cypherText in its own auto-commit transaction (schema commands need
 * that). Idempotent for statements written with IF NOT EXISTS; an "equivalent rule already
 * exists" answer is also accepted. Returns the number of statements run.
 */
export async function applySchema(driver: Driver, cypherText: string, options: ApplySchemaOptions = {}): Promise<number> {
  const statements = splitCypherStatements(cypherText);
  const session = driver.session(options.database ? { database: options.database } : {});
  try {
    for (const statement of statements) {
      try {
        await session.run(statement);
      } catch (err) {
        if ((err as { code?: string }).code === ALREADY_EXISTS) {
          options.log?.(`schema: already present: ${statement.split('\n')[0]}`);
          continue;
        }
        const first = statement.length > 200 ? statement.slice(0, 200) + '…' : statement;
        throw new Error(`Schema statement failed: ${(err as Error).message}\n  in: ${first}`, { cause: err });
      }
    }
    if (options.awaitIndexes ?? true) {
      const seconds = Math.max(1, Math.floor(options.awaitIndexesTimeoutSeconds ?? 120));
      await session.run(`CALL db.awaitIndexes(${seconds})`);
    }
  } finally {
    await session.close();
  }
  return statements.length;
}

/** Reads cypher/<name>.cypher from the repository (name without extension, e.g. 'schema'). */
export function loadCypher(name: string): string {
  if (!/^[\w-]+(\/[\w-]+)*$/.test(name)) {
    throw new Error(`Bad cypher file name '${name}': use e.g. 'schema' for cypher/schema.cypher`);
  }
  return fs.readFileSync(path.join(repoRoot, 'cypher', `${name}.cypher`), 'utf8');
}
