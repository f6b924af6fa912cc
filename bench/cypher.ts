/**
 * The raw side of the benchmark: which Cypher statements a traversal's resolver runs, with which
 * parameters and in which order (recorded once by calling the resolver with a recording
 * QueryRunner), replayed through the driver without HTTP or GraphQL; and PROFILE of the same
 * statements, reduced to how each one finds its first rows (index seek or label scan).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { QueryRunner, type GraphReader, type PlainRecord } from '../server/src/graph/query-runner.ts';
import { loadCypher } from '../server/src/graph/schema.ts';

/** One `runner.read` of a resolver. */
export interface Statement {
  name: string;
  params: Record<string, unknown>;
}

/** Statements a resolver started together (Promise.all) form one wave; waves run one after another. */
export type Waves = Statement[][];

/** A QueryRunner that notes every read, grouping reads that were in flight at the same time. */
class RecordingRunner extends QueryRunner {
  readonly waves: Waves = [];
  private inFlight = 0;

  override async read<Row = PlainRecord>(name: string, params: Record<string, unknown>): Promise<Row[]> {
    if (this.inFlight === 0) this.waves.push([]);
    this.waves.at(-1)!.push({ name, params: structuredClone(params) });
    this.inFlight++;
    try {
      return await super.read<Row>(name, params);
    } finally {
      this.inFlight--;
    }
  }
}

/** Calls the resolver once and returns the statements it ran. */
export async function recordStatements(driver: Driver, resolver: (runner: QueryRunner) => Promise<unknown>): Promise<Waves> {
  const runner = new RecordingRunner(driver, { timeoutMs: 60_000 });
  await resolver(runner);
  return runner.waves;
}

/** Runs the recorded statements again, wave by wave, as the resolver did: each in its own transaction through the runner, or all in one (a TransactionReader). */
export async function replay(reader: GraphReader, waves: Waves): Promise<void> {
  for (const wave of waves) await Promise.all(wave.map((statement) => reader.read(statement.name, statement.params)));
}

/** The same statements in one read transaction that reads the data version first, as the API runs a traversal. */
export function replayInTransaction(runner: QueryRunner, waves: Waves): Promise<void> {
  return runner.readTransaction((reader) => replay(reader, waves));
}

/**
 * Median time of each statement alone (sequential runs through the runner), ms: which one costs.
 * At most `runs` runs, and no more once `budgetMs` is spent on the statement (at least three).
 */
export async function timeStatements(runner: QueryRunner, waves: Waves, runs: number, budgetMs: number): Promise<{ name: string; p50: number }[]> {
  const timings = [];
  for (const statement of waves.flat()) {
    const samples: number[] = [];
    const deadline = performance.now() + budgetMs;
    for (let i = 0; i < runs && (i < 3 || performance.now() < deadline); i++) {
      const t0 = performance.now();
      await runner.read(statement.name, statement.params);
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    timings.push({ name: statement.name, p50: samples[Math.floor(samples.length / 2)]! });
  }
  return timings;
}

/** "agency-by-id → agency-candidates → agencies-by-key → agency-duties"; "[a + b]" for a wave. */
export function describeWaves(waves: Waves): string {
  return waves.map((wave) => (wave.length === 1 ? wave[0]!.name : `[${wave.map((s) => s.name).join(' + ')}]`)).join(' → ');
}

/** How one statement starts, by PROFILE. */
export interface StatementProfile {
  name: string;
  /** Operators that produce rows from the store (seeks, scans, procedure calls), with their details. */
  leaves: { operator: string; details: string; rows: number; dbHits: number }[];
  /** Any node-by-label or all-nodes scan among them. */
  labelScan: boolean;
  dbHits: number;
  rows: number;
  /** The operator with the most db hits. */
  heaviest: { operator: string; details: string; dbHits: number } | null;
  /** Time to the first and to the last row as the server reports it (with profiling on), ms. */
  timeMs: number;
}

const SCANS =
  /^(?:NodeByLabelScan|AllNodesScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|SubtractionNodeByLabelsScan|PartitionedNodeByLabelScan|PartitionedAllNodesScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan)$/;

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  dbHits?: number;
  rows?: number;
  time?: number;
  children?: PlanNode[];
}

/** PROFILEs each statement once (after the benchmark has warmed the plan cache). */
export async function profileStatements(driver: Driver, statements: Statement[]): Promise<StatementProfile[]> {
  const profiles: StatementProfile[] = [];
  for (const statement of statements) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(`PROFILE ${loadCypher(statement.name)}`, withIntegers(statement.params)));
      const root = result.summary.profile as unknown as PlanNode | false;
      if (!root) throw new Error(`no profile for ${statement.name}`);
      const all: PlanNode[] = [];
      const walk = (node: PlanNode) => {
        all.push(node);
        for (const child of node.children ?? []) walk(child);
      };
      walk(root);
      const operator = (node: PlanNode) => node.operatorType.replace(/@.*$/, '');
      const details = (node: PlanNode) => (typeof node.arguments?.Details === 'string' ? node.arguments.Details : '').slice(0, 160);
      const leaves = all
        .filter((node) => /Seek|Scan|ProcedureCall/.test(operator(node)))
        .map((node) => ({ operator: operator(node), details: details(node), rows: node.rows ?? 0, dbHits: node.dbHits ?? 0 }));
      const heaviest = all.reduce<PlanNode | null>((best, node) => ((node.dbHits ?? 0) > (best?.dbHits ?? -1) ? node : best), null);
      profiles.push({
        name: statement.name,
        leaves,
        labelScan: leaves.some((leaf) => SCANS.test(leaf.operator)),
        dbHits: all.reduce((sum, node) => sum + (node.dbHits ?? 0), 0),
        rows: root.rows ?? 0,
        heaviest: heaviest ? { operator: operator(heaviest), details: details(heaviest), dbHits: heaviest.dbHits ?? 0 } : null,
        timeMs: neo4j.integer.toNumber(result.summary.resultAvailableAfter) + neo4j.integer.toNumber(result.summary.resultConsumedAfter),
      });
    } finally {
      await session.close();
    }
  }
  return profiles;
}

/** As QueryRunner does: whole numbers go to Cypher as integers. */
function withIntegers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]),
  );
}
