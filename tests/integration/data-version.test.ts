/**
 * The data version and the answers cached against it: every import and removal bumps the
 * version in its own transaction; a running server sees an import made by another process within
 * the promised time (500 ms, CACHE_VERSION_CHECK=poll); no cached answer is ever served for a
 * version newer than the data it was computed from.
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AnswerCache, type AnswerContext } from '../../server/src/api/answer-cache.ts';
import { runTraversalInTransaction } from '../../server/src/api/traversal-resolvers.ts';
import { repoRoot } from '../../server/src/graph/config.ts';
import { bumpDataVersion, DataVersionWatcher, defaultWatcherOptions, settleDataVersion, type DataVersion } from '../../server/src/graph/data-version.ts';
import { importPlan, removePlan, toImportRows, writePlan } from '../../server/src/graph/import-plan.ts';
import { loadGlossary, seedPlanPath } from '../../server/src/graph/plan-source.ts';
import { QueryRunner } from '../../server/src/graph/query-runner.ts';
import { cachedAnswers } from '../../server/src/http/cached-answers.ts';
import { parsePlan } from '../../server/src/ingest/parse-plan.ts';
import type { ParsedPlan } from '../../server/src/ingest/types.ts';
import { makeSeedVariant, readSeed } from '../../server/src/synthetic/seed-variant.ts';
import { seedFacts } from '../../server/src/synthetic/text-rewrites.ts';
import { startApiServer, type TestApiServer } from './api-server.ts';
import { testDriver } from './helpers.ts';

const run = promisify(execFile);
const SEED_ID = 'thanh-hoa/83-KH-UBND/2022';
/** The promise of CACHE_VERSION_CHECK=poll: an import committed this long ago is seen by every request. */
const PROMISE_MS = 500;
const PLANS_QUERY = '{ overview { plans { id } } }';

let driver: Driver;
let dir: string;
/** Synthetic plans of another province, as files (for the CLI) and parsed (for direct imports). */
const variants: { file: string; plan: ParsedPlan }[] = [];

async function storedVersion(): Promise<DataVersion> {
  const result = await driver.executeQuery(
    "OPTIONAL MATCH (v:DataVersion {id: 'graph'}) RETURN coalesce(v.version, 0) AS version, v.stamp AS stamp, v.settled = v.version AS settled",
  );
  const record = result.records[0]!;
  return { number: Number(record.get('version')), stamp: record.get('stamp') as string | null, settled: record.get('settled') === true };
}

/** `npm run import -- ...args` in its own process, against the test run's Neo4j. */
async function importCli(...args: string[]): Promise<void> {
  const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') };
  await run('node', ['--import', 'tsx', 'server/src/cli/import.ts', ...args], { cwd: repoRoot, env });
}

/** A GraphQL POST as the explorer sends it, with the answer's cache headers. */
async function ask(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    body: JSON.parse(text) as { data?: any; errors?: { message: string }[] },
    cache: response.headers.get('x-cache'),
    version: response.headers.get('x-data-version') === null ? null : Number(response.headers.get('x-data-version')),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Asks until an answer comes from the cache. On a loaded machine the version poll may lag past
 * its 500 ms, and answers are then computed afresh ("bypass") until it catches up: that is the
 * promise working, not the cache failing. Bounded (a hang guard, not a speed test).
 */
async function askUntilHit(url: string, query: string, variables: Record<string, unknown> = {}) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const answer = await ask(url, query, variables);
    if (answer.cache === 'hit') return answer;
    await sleep(50);
  }
  throw new Error(`no cached answer for ${query} after 100 requests`);
}

beforeAll(async () => {
  driver = testDriver();
  dir = await mkdtemp(join(tmpdir(), 'data-version-'));
  const glossary = await loadGlossary();
  const seedText = await readFile(seedPlanPath, 'utf8');
  const seed = readSeed(seedText, glossary);
  const facts = seedFacts(seedText, glossary);
  for (const [i, year] of [2022, 2023, 2024, 2025].entries()) {
    const variant = makeSeedVariant(seedText, seed, facts, { province: 'Hà Tĩnh', year, number: 70 + i, day: 10, month: 3, signer: 'Trần Văn An' });
    const file = join(dir, variant.fileName);
    await writeFile(file, variant.text);
    variants.push({ file, plan: parsePlan(variant.text, { sourceFile: variant.fileName, glossary }) });
  }
});

afterAll(async () => {
  for (const { plan } of variants) await removePlan(driver, plan.plan.id);
  await removePlan(driver, SEED_ID);
  await driver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the data version', () => {
  it('moves with every import and removal, in their transaction, and not with a failed one', async () => {
    const { plan } = variants[0]!;
    const before = await storedVersion();
    const imported = await importPlan(driver, plan);
    expect(imported.dataVersion.number).toBe(before.number + 1);
    expect(await storedVersion()).toEqual(imported.dataVersion);
    expect(imported.dataVersion.stamp).not.toBe(before.stamp);

    // An import that fails half-way rolls back its version with its data.
    const session = driver.session();
    await expect(
      session.executeWrite((tx) =>
        writePlan(tx, toImportRows(plan), (step) => {
          if (step === 'tasks') throw new Error('injected failure');
        }),
      ),
    ).rejects.toThrow('injected failure');
    await session.close();
    expect(await storedVersion()).toEqual(imported.dataVersion);

    expect(await removePlan(driver, plan.plan.id)).toBe(true);
    expect((await storedVersion()).number).toBe(before.number + 2);
    // Removing a plan that is not there changes nothing, so nothing cached goes stale.
    expect(await removePlan(driver, plan.plan.id)).toBe(false);
    expect((await storedVersion()).number).toBe(before.number + 2);
  });

  it('counts concurrent bumps one by one, and is settled only when told', async () => {
    const before = await storedVersion();
    const bumps = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const session = driver.session();
        try {
          return await session.executeWrite((tx) => bumpDataVersion(tx));
        } finally {
          await session.close();
        }
      }),
    );
    expect(bumps.map((bump) => bump.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 8 }, (_, i) => before.number + 1 + i));
    const bumped = await storedVersion();
    expect(bumped).toMatchObject({ number: before.number + 8, settled: false });
    // An earlier version's late mark does not settle a later one; the latest's does.
    await settleDataVersion(
      driver,
      bumps.find((bump) => bump.number === before.number + 7)!,
    );
    expect((await storedVersion()).settled).toBe(false);
    await settleDataVersion(driver, bumped);
    expect((await storedVersion()).settled).toBe(true);
  });
});

describe('answers cached against the data version', () => {
  let server: TestApiServer;

  beforeAll(async () => {
    server = await startApiServer(driver);
  });

  afterAll(async () => {
    await server.close();
  });

  it('serves a repeated query from the cache, byte for byte, and says which answer is which', async () => {
    const query = 'query Duties($agency: String!) { agencyDuties(agency: $agency) { agencies { id } duties { weaknessCode role } } }';
    const first = await ask(server.url, query, { agency: 'Sở Tài nguyên và Môi trường' });
    const second = await askUntilHit(server.url, query, { agency: 'Sở Tài nguyên và Môi trường' });
    expect(first.status).toBe(200);
    expect(first.body.data.agencyDuties.duties.length).toBeGreaterThan(10);
    expect(['miss', 'bypass']).toContain(first.cache);
    expect(second.text).toBe(first.text);
    const health = await (await fetch(`${server.url}/health`)).json();
    expect(second.version).toBe(health.dataVersion);
    expect(health.dataVersion).toBe((await storedVersion()).number);
    expect(health.cache).toMatchObject({ maxBytes: 64 * 1024 * 1024 });
    expect(health.cache.hits).toBeGreaterThanOrEqual(1);
    expect(health.cache.entries).toBeGreaterThanOrEqual(1);
    expect(health.cache.bytes).toBeGreaterThan(first.text.length);
  });

  it('never keeps an answer with errors', async () => {
    const query = '{ agencyDuties(agency: "Sở Không Tồn Tại Nào") { agencies { id } } }';
    const first = await ask(server.url, query);
    const second = await ask(server.url, query);
    expect(first.body.errors?.[0]?.message).toMatch(/no agency/);
    expect(second.text).toBe(first.text);
    expect([first.cache, second.cache]).not.toContain('hit');
  });

  it(`sees an import and a removal made by another process within ${PROMISE_MS} ms of their commit`, async () => {
    const { file, plan } = variants[1]!;
    const id = plan.plan.id;
    const planIds = async () => ((await ask(server.url, PLANS_QUERY)).body.data.overview.plans as { id: string }[]).map((p) => p.id);
    expect(((await askUntilHit(server.url, PLANS_QUERY)).body.data.overview.plans as { id: string }[]).map((p) => p.id)).not.toContain(id);

    await importCli(file);
    // The child has exited, so its transaction committed before now.
    await sleep(PROMISE_MS);
    const afterImport = await ask(server.url, PLANS_QUERY);
    expect(afterImport.body.data.overview.plans.map((p: { id: string }) => p.id)).toContain(id);
    // Null only if the version could not be confirmed (then the answer was computed afresh).
    expect([null, (await storedVersion()).number]).toContain(afterImport.version);

    await importCli('--remove', id);
    await sleep(PROMISE_MS);
    expect(await planIds()).not.toContain(id);
  });

  it('never serves an answer older than its data version while another process imports', async () => {
    const base = (await ask(server.url, PLANS_QUERY)).body.data.overview.plans.length as number;
    const baseVersion = (await storedVersion()).number;
    // What each version holds: every import below adds one plan and one version.
    const plansAt = (version: number) => base + (version - baseVersion);
    const answers: { sentAt: number; plans: number; version: number | null; cache: string | null; answeredAt: number }[] = [];
    let importing = true;
    const committed: number[] = [];
    // Clients ask until one of them has asked the promised time after the last import committed.
    const asking = () => importing || (committed.length > 0 && !answers.some((answer) => answer.sentAt >= committed.at(-1)! + PROMISE_MS));
    const client = async () => {
      while (asking()) {
        const sentAt = performance.now();
        const answer = await ask(server.url, PLANS_QUERY);
        answers.push({ sentAt, plans: answer.body.data.overview.plans.length, version: answer.version, cache: answer.cache, answeredAt: performance.now() });
      }
    };
    const clients = Array.from({ length: 3 }, client);
    try {
      for (const { file } of variants.slice(2)) {
        await importCli(file);
        committed.push(performance.now());
      }
    } finally {
      importing = false;
      await Promise.all(clients);
    }

    expect(answers.filter((answer) => answer.cache === 'hit').length).toBeGreaterThan(0);
    const context = (answer: (typeof answers)[number]) => JSON.stringify({ answer, committed, base, baseVersion });
    for (const answer of answers) {
      // A cached answer may be newer than the version it is keyed by (an import committed while it
      // was computed), never older. (A fresh one has Neo4j's read-committed view: a read running
      // while an import's commit is applied may see part of it, so its header can run ahead.)
      if (answer.cache === 'hit') expect(answer.plans, context(answer)).toBeGreaterThanOrEqual(plansAt(answer.version!));
      // Sent more than the promised time after an import committed: that import is in it.
      const seen = committed.filter((at) => answer.sentAt >= at + PROMISE_MS).length;
      expect(answer.plans, context(answer)).toBeGreaterThanOrEqual(base + seen);
    }
    expect(Math.max(...answers.map((answer) => answer.plans))).toBe(base + committed.length);
  });

  it('keeps no answer of a version whose import has not said it committed', async () => {
    // A bump alone, as an importer that died between its commit and the settle mark leaves it.
    const session = driver.session();
    const bumped = await session.executeWrite((tx) => bumpDataVersion(tx));
    await session.close();
    for (let attempt = 0; attempt < 100 && (await (await fetch(`${server.url}/health`)).json()).dataVersion !== bumped.number; attempt += 1) await sleep(50);
    const answers = [await ask(server.url, PLANS_QUERY), await ask(server.url, PLANS_QUERY), await ask(server.url, PLANS_QUERY)];
    expect(answers.map((answer) => answer.cache)).not.toContain('hit');
    await settleDataVersion(driver, bumped);
    expect((await askUntilHit(server.url, PLANS_QUERY)).version).toBe(bumped.number);
  });
});

describe('an answer computed from old data while an import commits', () => {
  it('is not kept under the new version', async () => {
    // The API's own pieces (watcher, cache, middleware, plugin, the overview traversal in one read
    // transaction) in a server whose one field waits, after reading, until the test lets it go:
    // the import below commits, and the watcher sees it, while the answer is on its way.
    const runner = new QueryRunner(driver, { timeoutMs: 60_000 });
    // Each request reads the version (CACHE_VERSION_CHECK=request): on a loaded machine a poll may
    // lag past its 500 ms and turn the first request into a bypass, which would prove nothing here.
    const watcher = new DataVersionWatcher(runner, { ...defaultWatcherOptions, check: 'request' });
    await watcher.start();
    const cache = new AnswerCache(8 * 1024 * 1024);
    const answers = cachedAnswers({ cache, watcher });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let reading: () => void = () => {};
    const read = new Promise<void>((resolve) => (reading = resolve));
    let hold = true;
    const apollo = new ApolloServer({
      typeDefs: 'type Query { planCount: Int! }',
      resolvers: {
        Query: {
          planCount: async (_source: unknown, _args: unknown, context: AnswerContext) => {
            const answer = await runTraversalInTransaction(runner, 'overview', {}, context.answerTicket);
            if (hold) {
              hold = false;
              reading();
              await held;
            }
            return answer.plans.length;
          },
        },
      },
      plugins: [answers.plugin],
    });
    await apollo.start();
    const app = express();
    app.use('/graphql', express.json(), answers.middleware, expressMiddleware(apollo, { context: async ({ res }) => answers.context(res) }));
    const httpServer = createServer(app);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    try {
      const before = await storedVersion();
      const slow = ask(url, '{ planCount }');
      // If the field failed before it read (say, a database too slow for the timeout), the answer comes first: show it.
      const early = await Promise.race([read.then(() => null), slow]);
      expect(early?.text ?? null).toBeNull();
      const imported = await importPlan(driver, variants[0]!.plan);
      expect((await watcher.refresh()).number).toBe(imported.dataVersion.number);
      release();
      const old = await slow;
      expect(old.version).toBe(before.number);

      const fresh = await ask(url, '{ planCount }');
      expect(fresh.cache).toBe('miss');
      expect(fresh.version).toBe(imported.dataVersion.number);
      expect(fresh.body.data.planCount).toBe(old.body.data.planCount + 1);
      expect((await ask(url, '{ planCount }')).cache).toBe('hit');
    } finally {
      watcher.stop();
      await apollo.stop();
      httpServer.close();
      await removePlan(driver, variants[0]!.plan.plan.id);
    }
  });
});

describe('CACHE=off', () => {
  it('computes every answer afresh and says so', async () => {
    const server = await startApiServer(driver, undefined, { CACHE: 'off' });
    try {
      const answers = [await ask(server.url, PLANS_QUERY), await ask(server.url, PLANS_QUERY)];
      expect(answers.map((answer) => answer.cache)).toEqual(['off', 'off']);
      expect(answers[1]!.body.data.overview.plans.length).toBeGreaterThan(0);
      const health = await (await fetch(`${server.url}/health`)).json();
      expect(health.cache).toBeNull();
      expect(health.dataVersion).toBe((await storedVersion()).number);
    } finally {
      await server.close();
    }
  });
});
