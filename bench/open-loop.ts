/**
 * `npm run load`: an open-loop load test of a running server. Requests leave at a fixed offered
 * rate whatever the server does (a closed loop, like autocannon's connections, slows down with
 * the server and so never sees the queue build up), cycling through the bench's traversals and
 * ad hoc queries. Each rate runs for a bounded time; then the test waits for the requests still
 * in flight (bounded too), and sends a few probes to see how fast latency returns to normal.
 *
 *   npm run load -- [--url http://127.0.0.1:4000] [--rates 55,110,220] [--seconds 10]
 *                   [--timeout-ms 30000] [--api-pid N] [--neo4j-pid N]
 *
 * Prints, per rate: requests sent, achieved rate (answers 2xx per second), p50/p99 of the
 * accepted requests, errors, 503s (and how many carried Retry-After), and the resident memory of
 * the API server and Neo4j before and after (pids found from the listening ports when not given).
 * Sends traffic to the given URL only; meant for a server on this machine.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchQueries } from './queries.ts';
import { percentile } from './load.ts';
import { pidListeningOn, residentMiB } from './proc.ts';

interface Outcome {
  status: number | 'network';
  ms: number;
  retryAfter: boolean;
}

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000' },
    rates: { type: 'string', default: '55,110,220' },
    seconds: { type: 'string', default: '10' },
    'timeout-ms': { type: 'string', default: '30000' },
    'api-pid': { type: 'string' },
    'neo4j-pid': { type: 'string' },
  },
});
const base = values.url.replace(/\/$/, '');
const rates = values.rates.split(',').map(Number);
const seconds = Number(values.seconds);
const timeoutMs = Number(values['timeout-ms']);
if (rates.some((r) => !(r > 0 && r <= 2000)) || !(seconds > 0 && seconds <= 300) || !(timeoutMs > 0)) {
  console.error('--rates must be 1-2000 req/s each, --seconds 1-300, --timeout-ms positive');
  process.exit(2);
}
const port = Number(new URL(base).port || 80);
const apiPid = values['api-pid'] ? Number(values['api-pid']) : pidListeningOn(port);
const neo4jPid = values['neo4j-pid'] ? Number(values['neo4j-pid']) : neo4jPidFromDataDir();

// The everyday mix: the traversals and ad hoc queries the explorer sends (not the cross-plan rows,
// whose answers grow with the corpus, nor the no-database floor).
const mix = benchQueries(null)
  .filter((q) => q.kind === 'traversal' || q.kind === 'ad hoc')
  .map((q) => JSON.stringify({ query: q.query, variables: q.variables }));

async function send(body: string): Promise<Outcome> {
  const t0 = performance.now();
  try {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - t0, retryAfter: response.headers.has('retry-after') };
  } catch {
    return { status: 'network', ms: performance.now() - t0, retryAfter: false };
  }
}

/** Sends at `rate` per second for `seconds`, on a fixed schedule (open loop). */
async function offer(rate: number): Promise<{ outcomes: Outcome[]; sent: number; wallMs: number }> {
  const pending: Promise<Outcome>[] = [];
  const started = performance.now();
  const total = Math.round(rate * seconds);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(mix[i % mix.length]!));
  }
  const outcomes = await Promise.all(pending);
  return { outcomes, sent: total, wallMs: performance.now() - started };
}

/** Probes every 250 ms for 8 s after a run; the first time from which every probe is back near the baseline. */
async function recovery(baselineMs: number): Promise<string> {
  const started = performance.now();
  const probes: { at: number; ms: number; ok: boolean }[] = [];
  while (performance.now() - started < 8000) {
    const at = performance.now() - started;
    const outcome = await send(mix[5 % mix.length]!);
    probes.push({ at, ms: outcome.ms, ok: outcome.status === 200 });
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const normal = (p: { ms: number; ok: boolean }) => p.ok && p.ms <= Math.max(3 * baselineMs, baselineMs + 50);
  const firstGood = probes.findIndex((_, i) => probes.slice(i).every(normal));
  return firstGood < 0 ? 'not within 8 s' : `${(probes[firstGood]!.at / 1000).toFixed(1)} s`;
}

const fmt = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '–');
const mem = () => `${residentMiB(apiPid) ?? '?'} / ${residentMiB(neo4jPid) ?? '?'}`;

async function main(): Promise<void> {
  console.log(`Open-loop load against ${base}: ${mix.length} queries in turn, ${seconds} s per rate, request timeout ${timeoutMs} ms`);
  console.log(`API pid ${apiPid ?? '?'}, Neo4j pid ${neo4jPid ?? '?'} (RSS in MiB, API / Neo4j)`);
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) warm.push((await send(mix[5 % mix.length]!)).ms);
  const baseline = percentile(
    warm.sort((a, b) => a - b),
    50,
  );
  console.log(`baseline (search, sequential): p50 ${fmt(baseline)} ms\n`);
  console.log(
    '| offered req/s | sent | achieved req/s | p50 ms | p99 ms | errors | 503 | 503 with Retry-After | 503 p99 ms | RSS before | RSS after | back to normal |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|');
  for (const rate of rates) {
    const before = mem();
    const { outcomes, sent, wallMs } = await offer(rate);
    const after = mem();
    const back = await recovery(baseline);
    const ok = outcomes
      .filter((o) => o.status === 200)
      .map((o) => o.ms)
      .sort((a, b) => a - b);
    const shed = outcomes.filter((o) => o.status === 503);
    const shedMs = shed.map((o) => o.ms).sort((a, b) => a - b);
    const errors = outcomes.length - ok.length - shed.length;
    console.log(
      `| ${rate} | ${sent} | ${fmt(ok.length / (wallMs / 1000))} | ${fmt(percentile(ok, 50))} | ${fmt(percentile(ok, 99))} | ${errors} | ${shed.length} | ` +
        `${shed.filter((o) => o.retryAfter).length} | ${fmt(percentile(shedMs, 99))} | ${before} | ${after} | ${back} |`,
    );
  }
}

/** The embedded Neo4j's pid from the pid file in NEO4J_DATA_DIR (default .data/neo4j of this checkout). */
function neo4jPidFromDataDir(): number | null {
  const dataDir = process.env.NEO4J_DATA_DIR ?? new URL('../.data/neo4j', import.meta.url).pathname;
  try {
    return Number(readFileSync(`${dataDir}/neo4j.pid`, 'utf8').trim()) || null;
  } catch {
    return null;
  }
}

await main();
