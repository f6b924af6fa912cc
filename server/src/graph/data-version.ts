/**
 * The data version: a counter stored in Neo4j that every import and removal bumps in its own
 * transaction, so the graph changes and the version moves together; a second, tiny transaction
 * marks it settled once the first has committed (see cypher/data-version.cypher for why). The API's cached answers and
 * remembered name resolutions are keyed by it; the watcher below tells each API instance which
 * version is current, cheaply, however the data changed (this process, `npm run import` in
 * another, another API instance on the same external Neo4j).
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { loadCypher } from './schema.ts';

export interface DataVersion {
  /** Counts the imports and removals so far (0 before the first). */
  number: number;
  /** Random, new with each bump: a key that a wiped database's new counter can never repeat. */
  stamp: string | null;
  /**
   * The transaction that bumped it has committed and said so: every read from now on sees all of
   * it. Answers of an unsettled version are sent but never kept.
   */
  settled: boolean;
}

const bumpStatement = loadCypher('import/bump-data-version');
const settleStatement = loadCypher('import/settle-data-version');

/** Bumps the version inside a write transaction (an import or a removal); returns the new one. */
export async function bumpDataVersion(tx: ManagedTransaction): Promise<DataVersion> {
  const result = await tx.run(bumpStatement);
  return asDataVersion(result.records[0]?.toObject() ?? {});
}

/**
 * Marks `version` settled, in a transaction of its own: call it once the transaction that bumped
 * it has committed. If this never happens (the process died in between), watchers settle the
 * version themselves after {@link SETTLE_GRACE_MS}.
 */
export async function settleDataVersion(driver: Driver, version: DataVersion, database?: string): Promise<void> {
  await driver.executeQuery(settleStatement, { version: neo4j.int(version.number) }, { database, routing: 'WRITE' });
}

/** A row of cypher/data-version.cypher (or the bump, which is never settled yet) as a DataVersion. */
export function asDataVersion(row: Record<string, unknown>): DataVersion {
  const { version, stamp, settled } = row;
  const number = neo4j.isInt(version) ? version.toNumber() : typeof version === 'number' ? version : 0;
  return { number, stamp: typeof stamp === 'string' ? stamp : null, settled: settled === true };
}

/**
 * How long after a watcher first saw a version it counts it as settled even without the mark:
 * far longer than any commit takes to apply, so only an importer that died between its commit and
 * the mark makes it wait this long (and meanwhile answers are computed afresh, not cached).
 */
export const SETTLE_GRACE_MS = 30_000;

/** Two versions are the same when their stamps are (numbers alone repeat after a wipe). */
export function sameVersion(a: DataVersion | null, b: DataVersion | null): boolean {
  return a !== null && b !== null && a.number === b.number && a.stamp === b.stamp;
}

/** How the watcher learns the current version. */
export type VersionCheck = 'poll' | 'request';

export interface DataVersionWatcherOptions {
  /**
   * 'poll': a background read every `pollMs`; a version counts as current for `maxAgeMs` after
   * the read that saw it started. 'request': every caller of current() waits for a read that
   * started after it asked (concurrent callers share one).
   */
  check: VersionCheck;
  pollMs: number;
  maxAgeMs: number;
  /** Bound of each version read: a database this slow makes the version unconfirmed, not stale. */
  readTimeoutMs: number;
}

export const defaultWatcherOptions: DataVersionWatcherOptions = { check: 'poll', pollMs: 250, maxAgeMs: 500, readTimeoutMs: 1_000 };

/** What the watcher needs: one named read (QueryRunner has it). */
export interface VersionSource {
  read(name: string, params: Record<string, unknown>, options?: { timeoutMs?: number }): Promise<Record<string, unknown>[]>;
}

interface Sighting {
  version: DataVersion;
  /** performance.now() when the read that returned it started: the version was current at least then. */
  readStartedAt: number;
  /** performance.now() when this watcher first saw this version. */
  firstSeenAt: number;
}

/**
 * Keeps the current data version. The promise callers rely on: a version current() returns was
 * read by a read that started at most `maxAgeMs` (poll) or no time at all (request) before the
 * call, so an import committed earlier than that is never hidden from them.
 */
export class DataVersionWatcher {
  private sighting: Sighting | null = null;
  private newest: Promise<Sighting> | null = null;
  private newestStartedAt = -Infinity;
  private timer: NodeJS.Timeout | undefined;
  /** Version reads in flight. */
  private reading = 0;
  private readonly listeners = new Set<(version: DataVersion) => void>();
  /** Version reads so far (the bench reports them). */
  reads = 0;

  constructor(
    private readonly source: VersionSource,
    readonly options: DataVersionWatcherOptions = defaultWatcherOptions,
  ) {}

  /** Reads the version once, then (poll mode) keeps reading it in the background until stop(). */
  async start(): Promise<DataVersion> {
    const first = await this.refresh();
    if (this.options.check === 'poll') this.schedule();
    return first;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * The current version, or null when it cannot be confirmed (the database is slow or down):
   * callers must then not trust anything keyed by an earlier version.
   */
  async current(): Promise<DataVersion | null> {
    if (this.options.check === 'poll') return this.confirmed();
    try {
      return withGrace(await this.readStartedAfter(performance.now()));
    } catch {
      return null;
    }
  }

  /** The version if a read that started within `maxAgeMs` saw it, else null (no waiting). */
  confirmed(): DataVersion | null {
    const sighting = this.sighting;
    if (!sighting || performance.now() - sighting.readStartedAt > this.options.maxAgeMs) return null;
    return withGrace(sighting);
  }

  /** The last version seen, however long ago (for /health). */
  latest(): DataVersion | null {
    return this.sighting?.version ?? null;
  }

  /**
   * Reads the version now. An import in this process calls it after its commit, so that this
   * instance's next request already knows the new version.
   */
  async refresh(): Promise<DataVersion> {
    return (await this.readStartedAfter(performance.now())).version;
  }

  /** Called with each new version this instance sees. */
  onChange(listener: (version: DataVersion) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A read that started at `since` or later: the newest one in flight if it qualifies, else a new one. */
  private readStartedAfter(since: number): Promise<Sighting> {
    if (this.newest && this.newestStartedAt >= since) return this.newest;
    const startedAt = performance.now();
    const read = this.read(startedAt);
    this.newest = read;
    this.newestStartedAt = startedAt;
    const forget = () => {
      if (this.newest === read) this.newest = null;
    };
    read.then(forget, forget);
    return read;
  }

  private async read(startedAt: number): Promise<Sighting> {
    this.reads += 1;
    this.reading += 1;
    let row: Record<string, unknown> | undefined;
    try {
      [row] = await this.source.read('data-version', {}, { timeoutMs: this.options.readTimeoutMs });
    } finally {
      this.reading -= 1;
    }
    const version = asDataVersion(row ?? {});
    const previous = this.sighting;
    const known = previous !== null && sameVersion(previous.version, version);
    const sighting = { version, readStartedAt: startedAt, firstSeenAt: known ? previous.firstSeenAt : performance.now() };
    // Reads may finish out of order: only a read that started later replaces what is known.
    if (!previous || startedAt >= previous.readStartedAt) {
      this.sighting = sighting;
      if (!known) for (const listener of this.listeners) listener(version);
    }
    return sighting;
  }

  private schedule(): void {
    // Reads start at a fixed rate, not a fixed pause after the last one ended, so a read that takes
    // a while does not leave the version unconfirmed; at most two are in flight (a stuck database
    // gets no pile of reads).
    this.timer = setInterval(() => {
      if (this.reading >= 2) return;
      void this.readStartedAfter(performance.now()).catch(() => undefined);
    }, this.options.pollMs);
    // The watcher never keeps a process alive on its own.
    this.timer.unref();
  }
}

/** The version of a sighting, settled by the grace period if the importer never marked it. */
function withGrace(sighting: Sighting): DataVersion {
  if (sighting.version.settled || performance.now() - sighting.firstSeenAt < SETTLE_GRACE_MS) return sighting.version;
  return { ...sighting.version, settled: true };
}
