/**
 * Issue 13's rows: every traversal mixed at concurrency 16 (on the cached server and on the one
 * with CACHE=off), and the data version changed in the middle of such a run. The change is an
 * import and then a removal made by this process, not by the API server, as `npm run import`
 * would make them: every answer must agree with the version it says it belongs to, and no answer
 * to a request sent more than the promised 0.5 s after a commit may be older than that commit.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { importPlan, removePlan } from '../server/src/graph/import-plan.ts';
import { readPlanFile } from '../server/src/graph/plan-source.ts';
import type { Glossary } from '../server/src/ingest/types.ts';
import { percentile, runLoad, type LatencyStats } from './load.ts';
import type { BenchQuery } from './queries.ts';

/** What the API promises (README, "Cached answers"): a commit older than this is in every answer. */
export const VERSION_PROMISE_MS = 500;

/** A body and a check per query, sent round-robin: request i asks query i mod n. */
function roundRobin(queries: BenchQuery[]): () => { body: string; query: BenchQuery } {
  const bodies = queries.map((query) => ({ body: JSON.stringify({ query: query.query, variables: query.variables }), query }));
  let next = 0;
  return () => bodies[next++ % bodies.length]!;
}

async function post(url: string, body: string): Promise<{ status: number; text: string; version: number | null; cache: string | null }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const header = response.headers.get('x-data-version');
  return { status: response.status, text, version: header === null ? null : Number(header), cache: response.headers.get('x-cache') };
}

/** All the queries mixed, at the given concurrency; a non-200 status or an error answer counts as an error. */
export function runMixed(url: string, queries: BenchQuery[], options: { requests: number; concurrency: number; budgetMs: number }): Promise<LatencyStats> {
  const pick = roundRobin(queries);
  return runLoad(async () => {
    const { body } = pick();
    const answer = await post(url, body);
    if (answer.status !== 200 || answer.text.startsWith('{"errors"')) throw new Error(`HTTP ${answer.status}: ${answer.text.slice(0, 200)}`);
  }, options);
}

export interface BumpFigures {
  /** Answers received, and failed requests. */
  requests: number;
  errors: number;
  firstError: string | null;
  p50: number;
  p99: number;
  rps: number;
  /** Data versions: before the run, after the import, after the removal. */
  versions: { before: number; imported: number; removed: number };
  plans: { before: number; imported: number };
  /** Answers older than the promise allows, or whose plans disagree with their version; with a few described. */
  stale: number;
  staleExamples: string[];
  /** Answers to requests sent within the promise's 0.5 s after a commit (either version is right then). */
  inWindow: number;
  /** Time from each commit (its importer's return) to the first answer of the new version, ms. */
  seenAfterMs: { imported: number | null; removed: number | null };
  /** Answers by x-cache. */
  cache: Record<string, number>;
}

interface Answer {
  sentAt: number;
  doneAt: number;
  version: number | null;
  cache: string | null;
  /** Plans in the answer, for the probe (overview's plan list). */
  plans: number | null;
}

/** The probe: the plan list, which the import and the removal change. */
const PROBE = `{ overview(limit: 1) { plans { id } } }`;

const dataVersion = async (driver: Driver) =>
  neo4j.integer.toNumber((await driver.executeQuery(`MATCH (v:DataVersion {id: 'graph'}) RETURN v.version AS version`)).records[0]?.get('version') ?? 0);

/**
 * Every traversal and the probe, mixed at concurrency 16 against the cached server, for
 * `phaseMs` before the import, between the import and the removal, and after it.
 */
export async function runVersionBump(
  target: { url: string; driver: Driver; glossary: Glossary; planFile: string; queries: BenchQuery[] },
  options: { concurrency: number; phaseMs: number },
): Promise<BumpFigures> {
  const parsed = await readPlanFile(target.planFile, target.glossary);
  const probe: BenchQuery = { name: 'probe', args: '', kind: 'traversal', query: PROBE, variables: {}, check: () => null };
  const pick = roundRobin([probe, ...target.queries]);
  const planCount = async () => (JSON.parse((await post(target.url, JSON.stringify({ query: PROBE }))).text).data.overview.plans as unknown[]).length;
  const before = { version: await dataVersion(target.driver), plans: await planCount() };

  const answers: Answer[] = [];
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let running = true;
  const started = performance.now();
  const worker = async () => {
    while (running) {
      const { body, query } = pick();
      const sentAt = performance.now();
      try {
        const answer = await post(target.url, body);
        if (answer.status !== 200 || answer.text.startsWith('{"errors"')) throw new Error(`HTTP ${answer.status}: ${answer.text.slice(0, 200)}`);
        const doneAt = performance.now();
        latencies.push(doneAt - sentAt);
        const plans = query === probe ? (JSON.parse(answer.text).data.overview.plans as unknown[]).length : null;
        answers.push({ sentAt, doneAt, version: answer.version, cache: answer.cache, plans });
      } catch (error) {
        errors += 1;
        firstError ??= (error as Error).message;
      }
    }
  };
  const load = Promise.all(Array.from({ length: options.concurrency }, worker));
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let imported: { at: number; version: number };
  let removed: { at: number; version: number };
  let removalStartedAt: number;
  try {
    await pause(options.phaseMs);
    const result = await importPlan(target.driver, parsed);
    imported = { at: performance.now(), version: result.dataVersion.number };
    await pause(options.phaseMs);
    removalStartedAt = performance.now();
    await removePlan(target.driver, result.planId);
    removed = { at: performance.now(), version: await dataVersion(target.driver) };
    await pause(options.phaseMs);
  } finally {
    running = false;
    await load;
  }
  const wallMs = performance.now() - started;

  // The oldest version an answer may have, by when its request was sent; and the version its plans show.
  const oldestAllowed = (sentAt: number) =>
    sentAt > removed.at + VERSION_PROMISE_MS ? removed.version : sentAt > imported.at + VERSION_PROMISE_MS ? imported.version : before.version;
  const inWindow = (sentAt: number) =>
    (sentAt >= imported.at && sentAt <= imported.at + VERSION_PROMISE_MS) || (sentAt >= removed.at && sentAt <= removed.at + VERSION_PROMISE_MS);
  const staleExamples: string[] = [];
  let stale = 0;
  const at = (ms: number) => `${((ms - started) / 1000).toFixed(2)} s`;
  for (const answer of answers) {
    const problems: string[] = [];
    const allowed = oldestAllowed(answer.sentAt);
    if (answer.version !== null && answer.version < allowed) problems.push(`version ${answer.version} < ${allowed}`);
    if (answer.plans !== null) {
      // The plans tell the version the data was read at: the extra plan exists only between the two commits.
      const withExtra = answer.plans === before.plans + 1;
      if (!withExtra && answer.plans !== before.plans) problems.push(`${answer.plans} plans`);
      if (withExtra && allowed >= removed.version) problems.push(`the removed plan still listed`);
      if (!withExtra && allowed === imported.version && answer.doneAt < removalStartedAt) problems.push(`the imported plan missing`);
      // A hit is exactly what its version computed; a miss may have read an import that committed after it arrived.
      if (answer.cache === 'hit' && answer.version !== null && withExtra !== (answer.version >= imported.version && answer.version < removed.version)) {
        problems.push(`a hit of version ${answer.version} with ${answer.plans} plans`);
      }
    }
    if (problems.length === 0) continue;
    stale += 1;
    if (staleExamples.length < 5) staleExamples.push(`sent at ${at(answer.sentAt)} (${answer.cache}): ${problems.join(', ')}`);
  }
  const firstOf = (version: number, since: number) => {
    const times = answers.filter((a) => a.version !== null && a.version >= version && a.doneAt >= since).map((a) => a.doneAt - since);
    return times.length > 0 ? Math.min(...times) : null;
  };
  const cache: Record<string, number> = {};
  for (const answer of answers) cache[answer.cache ?? 'none'] = (cache[answer.cache ?? 'none'] ?? 0) + 1;
  latencies.sort((a, b) => a - b);
  return {
    requests: answers.length,
    errors,
    firstError,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: answers.length / (wallMs / 1000),
    versions: { before: before.version, imported: imported.version, removed: removed.version },
    plans: { before: before.plans, imported: before.plans + 1 },
    stale,
    staleExamples,
    inWindow: answers.filter((a) => inWindow(a.sentAt)).length,
    seenAfterMs: { imported: firstOf(imported.version, imported.at), removed: firstOf(removed.version, removed.at) },
    cache,
  };
}
