/**
 * `npm run bench` — a script, not a test. In one run on this machine:
 *
 *   1. starts one embedded Neo4j (free port, temporary data directory, heap 1g) and applies the schema;
 *   2. imports the seed plan through the real parser and importer, timed;
 *   3. starts the real server (server/src/main.ts) as a child process against that Neo4j;
 *   4. at seed scale: every traversal and two ad hoc queries over HTTP at concurrency 1 and 16,
 *      the traversals' Cypher replayed raw through the driver, the explorer's first render in
 *      headless chromium, peak memory;
 *   5. generates the synthetic corpus (bench/corpus.ts), writes it to a temporary directory and
 *      imports it, timed;
 *   6. the same measurements at 100× scale, plus PROFILE of the agencyDuties, citations and search
 *      statements;
 *   Each query is asked of two servers: one with CACHE=off (cold: every answer computed; the "API"
 *   columns) and one with the answer cache (warm); raw Cypher is replayed both statement by
 *   statement and in one read transaction; every traversal mixed at c=16 on both servers; and the
 *   data version changed mid-run (bench/speed-rows.ts). Every traversal's statements are PROFILEd at 100×.
 *   7. both scales also time the import endpoint (the seed previewed and imported over HTTP, against
 *      the same work in process: bench/import-endpoint.ts); 100× also asks the over-time traversals
 *      of the corpus's longest series of one province (bench/over-time.ts);
 *   8. prints the table, writes bench/results/<date>.json and bench/results/latest.md, and the
 *      README's bench section when it has the markers.
 *
 * Environment (for quicker runs while working on the bench; the defaults are the benchmark):
 *   BENCH_PLANS=100  BENCH_REQUESTS_C1=200  BENCH_REQUESTS_C16=800  BENCH_RENDER=0 (skip render)
 *   BENCH_WRITE=0 (no result files)
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { repoRoot } from '../server/src/graph/config.ts';
import { startEmbeddedNeo4j, type RunningNeo4j } from '../server/src/graph/embedded-neo4j.ts';
import { loadGlossary, seedPlanPath } from '../server/src/graph/plan-source.ts';
import { QueryRunner } from '../server/src/graph/query-runner.ts';
import { applySchema, loadCypher } from '../server/src/graph/schema.ts';
import { freePort } from '../shared/ports.ts';
import { buildExplorer, spawnServer, type SpawnedServer } from '../shared/spawn-server.ts';
import { generateCorpus } from './corpus.ts';
import { describeWaves, profileStatements, recordStatements, replay, replayInTransaction, timeStatements, type Waves } from './cypher.ts';
import { runLoad, summary } from './load.ts';
import { measure, WARM_UP } from './measure.ts';
import { ADHOC_FIRST_PAGE, NETWORK, benchQueries, type BenchQuery } from './queries.ts';
import { peakMiB, residentMiB } from './proc.ts';
import type { SpeedFigures } from './report-speed.ts';
import { runMixed, runVersionBump } from './speed-rows.ts';
import type { Glossary } from '../server/src/ingest/types.ts';
import { BUDGET_MS, Budget, PHASE_BUDGET_MS, plannedMs } from './budget.ts';
import { measureRender } from './render.ts';
import { importFiles, graphSize } from './import-files.ts';
import { graphQLSender, postGraphQL } from './graphql-http.ts';
import { measureImportEndpoint } from './import-endpoint.ts';
import { OVER_TIME_PHASE_MS, overTimeQueries } from './over-time.ts';
import { renderReport, writeResults, type BenchResults, type ImportFigures, type QueryFigures, type ScaleFigures } from './report.ts';

const PLANS = envInt('BENCH_PLANS', 100);
const REQUESTS = { c1: envInt('BENCH_REQUESTS_C1', 200), c16: envInt('BENCH_REQUESTS_C16', 800) };
const RENDER = process.env.BENCH_RENDER !== '0';
const WRITE = process.env.BENCH_WRITE !== '0';
/** Seed of the corpus generator: the same corpus every run. */
const CORPUS_SEED = 20220324;
/** The mixed workload (each server) and each phase of the version change (before, between, after). */
const MIXED = { requests: 1600, budgetMs: 8000, bumpPhaseMs: 2000 };
/** Sequential runs of each statement alone, for the per-statement medians (at most 1 s of them per statement). */
const STATEMENT_RUNS = 15;
/** Explorer opening queries sent before the render benchmark: the first shows the cold cost, the rest warm the server. */
const NETWORK_WARM_UP = 4;
/** The server's import token, for the import endpoint's row. */
const IMPORT_TOKEN = randomBytes(24).toString('base64url');

const started = performance.now();
const progress = (line: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);

function envInt(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number (got "${value}")`);
  return n;
}

async function main(): Promise<void> {
  const date = new Date();
  const work = await mkdtemp(join(os.tmpdir(), 'ag-bench-'));
  let neo: RunningNeo4j | null = null;
  let driver: Driver | null = null;
  let server: SpawnedServer | null = null;
  let coldServer: SpawnedServer | null = null;
  try {
    progress(
      `machine: ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}`,
    );
    ensureClientBuilt();

    progress('starting Neo4j (embedded, heap 1g)…');
    neo = await startEmbeddedNeo4j({
      dataDir: join(work, 'neo4j'),
      port: await freePort(),
      heap: '1g',
      pageCache: '512m',
      log: (line) => progress(`neo4j: ${line}`),
    });
    driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.user, neo.password), { logging: { level: 'error', logger: () => {} } });
    await applySchema(driver, loadCypher('schema'));
    const glossary = await loadGlossary();

    progress('importing the seed plan…');
    const seedImport = await importFiles(driver, [seedPlanPath], glossary);
    // Again, replacing it: the first import runs every import statement for the first time in a fresh JVM.
    const warm = await importFiles(driver, [seedPlanPath], glossary);
    seedImport.warm = { parseMs: warm.parseMs, importMs: warm.importMs };
    progress(
      `seed: parsed in ${seedImport.parseMs.toFixed(0)} ms, imported in ${seedImport.importMs.toFixed(0)} ms; ` +
        `again (replacing it): ${warm.parseMs.toFixed(0)} + ${warm.importMs.toFixed(0)} ms`,
    );

    progress('starting the API servers (cached, and CACHE=off)…');
    const database = neo; // narrowed here; a closure would see the variable's declared type
    const spawn = (env: Record<string, string>, log: string) =>
      spawnServer({ root: repoRoot, neo4j: database, env, logFile: join(work, log), startTimeoutMs: 120_000, stopGraceMs: 10_000 });
    server = await spawn({ IMPORT_TOKEN }, 'server.log');
    coldServer = await spawn({ CACHE: 'off', IMPORT_TOKEN }, 'server-cold.log');
    progress(`API servers up: cached at ${server.url} (pid ${server.pid}), CACHE=off at ${coldServer.url} (pid ${coldServer.pid})`);

    // One plan more than the corpus: imported and removed in the middle of a run, at each scale.
    progress(`generating ${PLANS} plans (and one for the data version change)…`);
    const generateStart = performance.now();
    const generated = generateCorpus(readFileSync(seedPlanPath, 'utf8'), glossary, { plans: PLANS + 1, seed: CORPUS_SEED });
    const corpusDir = join(work, 'corpus');
    await mkdir(corpusDir);
    await Promise.all(generated.map((plan) => writeFile(join(corpusDir, plan.fileName), plan.text)));
    const corpus = generated.slice(0, PLANS);
    const bumpPlanFile = join(corpusDir, generated.at(-1)!.fileName);
    const generateMs = performance.now() - generateStart;

    const runner = new QueryRunner(driver, { timeoutMs: 60_000 });
    const scales: ScaleFigures[] = [];
    const shared = { driver, runner, server, coldServer, neo, glossary, bumpPlanFile };
    scales.push(await measureScale('seed', { ...shared, importFigures: seedImport, profile: false }));

    progress(`corpus of ${corpus.length} plans written to ${corpusDir} in ${(generateMs / 1000).toFixed(1)} s; importing…`);
    const corpusImport = await importFiles(
      driver,
      corpus.map((plan) => join(corpusDir, plan.fileName)),
      glossary,
      (done) => done % 20 === 0 && progress(`  ${done}/${corpus.length} plans imported`),
    );
    corpusImport.generateMs = generateMs;
    progress(`corpus: parsed in ${(corpusImport.parseMs / 1000).toFixed(1)} s, imported in ${(corpusImport.importMs / 1000).toFixed(1)} s`);

    scales.push(await measureScale('100×', { ...shared, importFigures: corpusImport, profile: true }));

    const results: BenchResults = {
      date: date.toISOString(),
      machine: {
        cores: os.availableParallelism(),
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        cpu: os.cpus()[0]?.model ?? 'unknown',
        node: process.version,
        neo4j: neo.neo4jVersion,
        os: `${os.type()} ${os.release()}`,
      },
      config: {
        plans: PLANS,
        corpusSeed: CORPUS_SEED,
        requests: REQUESTS,
        warmUp: WARM_UP,
        budgetsMs: BUDGET_MS,
        phaseBudgetsMs: PHASE_BUDGET_MS,
        neo4jHeap: '1g',
        neo4jPageCache: '512m',
      },
      scales,
      durationS: (performance.now() - started) / 1000,
    };
    const report = renderReport(results);
    console.log(`\n${report.markdown}`);
    if (WRITE) {
      const written = await writeResults(results, report);
      for (const line of written) progress(line);
    }
    progress(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await server?.stop();
    await coldServer?.stop();
    await driver?.close();
    await neo?.stop();
    await rm(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// One scale

interface ScaleContext {
  driver: Driver;
  runner: QueryRunner;
  /** The cached server (warm answers) and the one with CACHE=off (cold). */
  server: SpawnedServer;
  coldServer: SpawnedServer;
  glossary: Glossary;
  /** A plan file of neither scale, imported and removed mid-run. */
  bumpPlanFile: string;
  neo: RunningNeo4j;
  importFigures: ImportFigures;
  profile: boolean;
}

async function measureScale(scale: ScaleFigures['scale'], ctx: ScaleContext): Promise<ScaleFigures> {
  const graph = await graphSize(ctx.driver);
  progress(`— ${scale} scale: ${graph.plans} plans, ${graph.nodes} nodes, ${graph.relationships} relationships`);
  const firstPage = await postGraphQL(ctx.server.url, ADHOC_FIRST_PAGE.query, ADHOC_FIRST_PAGE.variables);
  const cursor = (firstPage.weaknessesConnection?.pageInfo?.endCursor as string | undefined) ?? null;

  // Questions whose answers grow with the corpus say nothing more than the others at seed scale,
  // and the HTTP floor does not depend on the data.
  const asked = benchQueries(cursor).filter((query) => (scale === 'seed' ? query.kind !== 'cross-plan' : query.kind !== 'floor'));
  const budget = new Budget(
    PHASE_BUDGET_MS[scale],
    asked.map((query) => plannedMs(query)).reduce((a, b) => a + b, 0),
  );
  const queries: QueryFigures[] = [];
  const recorded = new Map<string, Waves>();
  for (const query of asked) {
    queries.push(await measureQuery(query, ctx, recorded, budget));
  }
  const speed = await measureSpeedRows(ctx, queries, asked);
  // Issue 12's rows, after issue 13's (the import endpoint replaces the seed: a new data version).
  if (scale === '100×') {
    const overTime = await overTimeQueries(ctx.driver, progress);
    const overTimeBudget = new Budget(
      OVER_TIME_PHASE_MS,
      overTime.map((query) => plannedMs(query)).reduce((a, b) => a + b, 0),
    );
    for (const query of overTime) queries.push(await measureQuery(query, ctx, recorded, overTimeBudget));
  }
  const endpoint = { url: ctx.server.url, token: IMPORT_TOKEN, driver: ctx.driver, runner: ctx.runner, glossary: ctx.glossary };
  const importEndpoint = await measureImportEndpoint(endpoint, seedPlanPath, progress);

  const profiles = [];
  if (ctx.profile) {
    for (const [name, waves] of recorded) {
      progress(`PROFILE ${name}: ${describeWaves(waves)}`);
      profiles.push({ query: name, statements: await profileStatements(ctx.driver, waves.flat()) });
    }
  }

  let render: ScaleFigures['render'] = null;
  let network: ScaleFigures['network'] = null;
  if (RENDER) {
    const times: number[] = [];
    for (let i = 0; i < NETWORK_WARM_UP; i++) {
      const t0 = performance.now();
      const data = await postGraphQL(ctx.server.url, NETWORK.query, NETWORK.variables);
      times.push(performance.now() - t0);
      if (i === 0) network = { nodes: data.network.nodes.length, edges: data.network.edges.length, firstMs: times[0]!, warmMs: NaN };
    }
    network!.warmMs = times.slice(1).sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)]!;
    progress(
      `network query (explorer opening view): ${network!.nodes} nodes, ${network!.edges} edges; first ${network!.firstMs.toFixed(0)} ms, then ${network!.warmMs.toFixed(0)} ms`,
    );
    progress('explorer render (headless chromium)…');
    try {
      const measured = await measureRender(ctx.server.url);
      render = measured;
      progress(
        `first picture: ${measured.seedMs} ms (median of ${measured.firstPictureMs.join(', ')}), synthetic 5,000 elements ${measured.synthetic5000Ms} ms`,
      );
    } catch (error) {
      render = { error: (error as Error).message };
      progress(`render failed: ${(error as Error).message}`);
    }
  }

  speed.rssMiB = { warm: residentMiB(ctx.server.pid), cold: residentMiB(ctx.coldServer.pid) };
  const memory = {
    apiPeakMiB: peakMiB(ctx.server.pid),
    neo4jPeakMiB: peakMiB(ctx.neo.pid),
    benchPeakMiB: peakMiB(process.pid),
  };
  progress(`memory peaks: API ${memory.apiPeakMiB} MiB, Neo4j ${memory.neo4jPeakMiB} MiB, bench ${memory.benchPeakMiB} MiB`);
  return { scale, graph, import: ctx.importFigures, importEndpoint, queries, profiles, network, render, memory, speed };
}

async function measureQuery(query: BenchQuery, ctx: ScaleContext, recorded: Map<string, Waves>, budget: Budget): Promise<QueryFigures> {
  const figures: QueryFigures = {
    name: query.name,
    args: query.args,
    kind: query.kind,
    answerBytes: null,
    statements: null,
    statementTimes: null,
    api: null,
    raw: null,
    error: null,
  };
  try {
    // The cached server's first answer (kept for the warm runs) and the uncached one's must both be right.
    await postGraphQL(ctx.coldServer.url, query.query, query.variables);
    const data = await postGraphQL(ctx.server.url, query.query, query.variables);
    figures.answerBytes = Buffer.byteLength(JSON.stringify({ data }));
    const problem = query.check(data);
    if (problem) throw new Error(`unexpected answer: ${problem}`);
  } catch (error) {
    figures.error = (error as Error).message;
    progress(`${query.name}: FAILED ${figures.error}`);
    return figures;
  }

  const pids = { api: ctx.coldServer.pid, neo4j: ctx.neo.pid };
  figures.api = await measure(graphQLSender(ctx.coldServer.url, query.query, query.variables), budget, 'api', query.requests ?? REQUESTS, pids, REQUESTS);
  progress(`${query.name.padEnd(24)} cold ${summary(figures.api.c1)} | ${summary(figures.api.c16)}`);
  if (query.kind !== 'floor') {
    const warm = graphQLSender(ctx.server.url, query.query, query.variables);
    const requests = query.requests ?? REQUESTS;
    figures.warm = {
      c1: await runLoad(warm, { requests: requests.c1, concurrency: 1, budgetMs: budget.take(BUDGET_MS.warmC1) }),
      c16: await runLoad(warm, { requests: requests.c16, concurrency: 16, budgetMs: budget.take(BUDGET_MS.warmC16) }),
    };
    progress(`${query.name.padEnd(24)} warm ${summary(figures.warm.c1)} | ${summary(figures.warm.c16)}`);
  }

  if (query.resolver) {
    const waves = await recordStatements(ctx.driver, query.resolver);
    recorded.set(query.name, waves);
    figures.statements = describeWaves(waves);
    figures.raw = await measure(() => replay(ctx.runner, waves), budget, 'raw', query.requests ?? REQUESTS, pids, REQUESTS);
    figures.rawTx = await measure(() => replayInTransaction(ctx.runner, waves), budget, 'raw', query.requests ?? REQUESTS, pids, REQUESTS);
    figures.statementTimes = await timeStatements(ctx.runner, waves, STATEMENT_RUNS, 1000);
    progress(`${query.name.padEnd(24)} raw  ${summary(figures.raw.c1)} | ${summary(figures.raw.c16)}   (${figures.statements})`);
    progress(`${query.name.padEnd(24)} rawTx ${summary(figures.rawTx.c1)} | ${summary(figures.rawTx.c16)}`);
  }
  return figures;
}

/** Every traversal mixed at c=16 on both servers, the data version changed mid-run, and the cache's state. */
async function measureSpeedRows(ctx: ScaleContext, figures: QueryFigures[], asked: BenchQuery[]): Promise<SpeedFigures> {
  // The traversals that answered (cross-plan rows take seconds each, ad hoc ones are not traversals).
  const ok = new Set(figures.filter((f) => f.api && !f.error).map((f) => f.name));
  const mix = asked.filter((q) => ok.has(q.name) && (q.kind === 'traversal' || (q.kind as string) === 'over-time'));
  const options = { requests: MIXED.requests, concurrency: 16, budgetMs: MIXED.budgetMs };
  const mixed = { warm: await runMixed(ctx.server.url, mix, options), cold: await runMixed(ctx.coldServer.url, mix, options) };
  progress(`mixed (${mix.length} traversals) warm ${summary(mixed.warm)} | cold ${summary(mixed.cold)}`);
  let bump: SpeedFigures['bump'];
  try {
    bump = await runVersionBump(
      { url: ctx.server.url, driver: ctx.driver, glossary: ctx.glossary, planFile: ctx.bumpPlanFile, queries: mix },
      { concurrency: 16, phaseMs: MIXED.bumpPhaseMs },
    );
    progress(
      `version change mid-run: ${bump.requests} answers, ${bump.errors} errors, stale ${bump.stale}; new version seen after ${bump.seenAfterMs.imported?.toFixed(0)} / ${bump.seenAfterMs.removed?.toFixed(0)} ms`,
    );
  } catch (error) {
    bump = { error: (error as Error).message };
    progress(`version change mid-run: FAILED ${bump.error}`);
  }
  const health = (await (await fetch(`${ctx.server.url}/health`)).json()) as { cache?: SpeedFigures['cache'] };
  return { mixed, bump, cache: health.cache ?? null, rssMiB: { warm: null, cold: null } };
}

/** The render benchmark needs the built explorer. */
function ensureClientBuilt(): void {
  if (!RENDER || existsSync(join(repoRoot, 'client', 'dist', 'index.html'))) return;
  progress('client/dist is missing: building the explorer (vite build)…');
  buildExplorer(repoRoot);
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
