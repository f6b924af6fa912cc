import neo4j, { type Driver } from 'neo4j-driver';
import { loadCypher } from './schema.ts';

/** A record as plain JSON-ready values: Neo4j integers become numbers, temporals ISO strings. */
export type PlainRecord = Record<string, unknown>;

/**
 * Runs the named read-only traversals of `cypher/` with parameters, each in a read transaction
 * bounded by a timeout. Statements are read from disk once, on first use.
 */
export class QueryRunner {
  private readonly statements = new Map<string, string>();

  constructor(
    private readonly driver: Driver,
    private readonly options: { timeoutMs: number; database?: string },
  ) {}

  /**
   * Runs the statement `name` in a read transaction; `timeoutMs` overrides the runner's (the
   * health probe's shorter bound). `Row` is the shape its RETURN clause projects (the caller's
   * claim: Cypher columns are not typed; the integration tests check each traversal's answer).
   */
  async read<Row = PlainRecord>(name: string, params: Record<string, unknown>, options: { timeoutMs?: number } = {}): Promise<Row[]> {
    const cypher = this.statement(name);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      const timeout = options.timeoutMs ?? this.options.timeoutMs;
      const result = await session.executeRead((tx) => tx.run(cypher, withIntegers(params)), { timeout });
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } finally {
      await session.close();
    }
  }

  /** Loads every statement now, so a missing file fails at start-up rather than on a request. */
  preload(names: readonly string[]): void {
    for (const name of names) this.statement(name);
  }

  private statement(name: string): string {
    let cypher = this.statements.get(name);
    if (cypher === undefined) {
      cypher = loadCypher(name);
      this.statements.set(name, cypher);
    }
    return cypher;
  }
}

/** JavaScript numbers reach Cypher as floats, which LIMIT and ranges refuse: whole numbers go as integers. */
function withIntegers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]),
  );
}

/** Converts driver values (Integer, Date, Node...) into plain JSON values, recursively. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    // Neo4j's temporal values print as ISO 8601.
    return (value as { toString(): string }).toString();
  }
  if (typeof value === 'object') {
    const plain: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) plain[key] = toPlain(entry);
    return plain;
  }
  return value;
}
