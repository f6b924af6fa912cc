import { LRUCache } from 'lru-cache';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { asDataVersion, type DataVersion } from './data-version.ts';
import { loadCypher } from './schema.ts';

/** A record as plain JSON-ready values: Neo4j integers become numbers, temporals ISO strings. */
export type PlainRecord = Record<string, unknown>;

/**
 * What a traversal reads the graph through: the runner itself (each statement in its own
 * transaction) or one read transaction of {@link QueryRunner.readTransaction}.
 */
export interface GraphReader {
  /** Runs the statement `name`; `Row` is the shape its RETURN clause projects (the caller's claim). */
  read<Row = PlainRecord>(name: string, params: Record<string, unknown>): Promise<Row[]>;
  /**
   * What `compute` answers, remembered for the data version this reader reads (name
   * resolution: the same words mean the same agency until the next import). A reader that knows
   * no version computes every time.
   */
  remember<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** Remembered answers across all versions; entries of old versions are never asked for again and age out. */
const REMEMBERED_MAX = 5_000;

/**
 * Runs the named read-only traversals of `cypher/` with parameters, each in a read transaction
 * bounded by a timeout. Statements are read from disk once, on first use.
 */
export class QueryRunner implements GraphReader {
  private readonly statements = new Map<string, string>();
  private readonly remembered = new LRUCache<string, { value: unknown }>({ max: REMEMBERED_MAX });

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
      return (await session.executeRead((tx) => runStatement(tx, cypher, params), { timeout })) as Row[];
    } finally {
      await session.close();
    }
  }

  /** Outside a transaction no data version is known: nothing is remembered. */
  remember<T>(_key: string, compute: () => Promise<T>): Promise<T> {
    return compute();
  }

  /**
   * Runs `work` in one read transaction: one session, one BEGIN and COMMIT for all its
   * statements (a traversal's name resolution and its question). The data version is read first,
   * in the same transaction; `reader.dataVersion` has it, and `reader.remember` keys by it.
   * Neo4j reads are read-committed, so a later statement may see an import that committed
   * meanwhile: the data read is never older than `dataVersion`, possibly newer.
   * `work` may run again if the driver retries a transient failure: it must only read.
   */
  async readTransaction<T>(work: (reader: TransactionReader) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      const timeout = options.timeoutMs ?? this.options.timeoutMs;
      return await session.executeRead(
        async (tx) => {
          const [row] = await runStatement(tx, this.statement('data-version'), {});
          const reader = new TransactionReader(tx, (name) => this.statement(name), asDataVersion(row ?? {}), this.remembered);
          return work(reader);
        },
        { timeout },
      );
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

/** The statements of one read transaction, and what they remember per data version. */
export class TransactionReader implements GraphReader {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly statement: (name: string) => string,
    /** The version this transaction read first. */
    readonly dataVersion: DataVersion,
    private readonly remembered: LRUCache<string, { value: unknown }>,
  ) {}

  async read<Row = PlainRecord>(name: string, params: Record<string, unknown>): Promise<Row[]> {
    return (await runStatement(this.tx, this.statement(name), params)) as Row[];
  }

  async remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    // Before the first import there is no stamp to key by; an unsettled version's import may be
    // only partly visible yet (cypher/data-version.cypher): compute, keep nothing.
    if (this.dataVersion.stamp === null || !this.dataVersion.settled) return compute();
    const versionedKey = `${this.dataVersion.stamp}\u0000${key}`;
    const known = this.remembered.get(versionedKey);
    if (known) return known.value as T;
    const value = await compute();
    this.remembered.set(versionedKey, { value });
    return value;
  }
}

async function runStatement(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<PlainRecord[]> {
  const result = await tx.run(cypher, withIntegers(params));
  return result.records.map((record) => toPlain(record.toObject()) as PlainRecord);
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
