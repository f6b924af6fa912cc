/**
 * One side of one benchmark row: a warm-up, then a fixed count of requests at concurrency 1 and at
 * 16 within the row's time budget, with the CPU time each process spent on them.
 */
import { BUDGET_MS, type Budget } from './budget.ts';
import { runLoad, type LatencyStats } from './load.ts';
import { cpuPerRequest, cpuSnapshot, type BenchPids } from './proc.ts';

/** Requests sent before measuring, sequentially and at concurrency 16 (JIT, plan cache, connection pools). */
export const WARM_UP = { sequential: 10, concurrent: 32 };

/**
 * Warm-up, then the fixed counts at concurrency 1 and 16, each with the CPU time the API server,
 * Neo4j and this process spent on it. Reduced counts (slow answers: fewer requests at c=16 than
 * `full`, the bench's usual count) skip the concurrent warm-up.
 */
export async function measure(
  send: () => Promise<void>,
  budget: Budget,
  side: 'api' | 'raw',
  requests: { c1: number; c16: number },
  pids: BenchPids,
  full: { c16: number },
): Promise<{ c1: LatencyStats; c16: LatencyStats }> {
  const reduced = requests.c16 < full.c16;
  await runLoad(send, { requests: reduced ? 2 : WARM_UP.sequential, concurrency: 1, budgetMs: budget.take(BUDGET_MS.warmUp) });
  if (!reduced) await runLoad(send, { requests: WARM_UP.concurrent, concurrency: 16, budgetMs: budget.take(BUDGET_MS.warmUp) });
  const run = async (concurrency: number, count: number, ownMs: number) => {
    const before = cpuSnapshot(pids);
    const stats = await runLoad(send, { requests: count, concurrency, budgetMs: budget.take(ownMs) });
    stats.cpuPerRequest = cpuPerRequest(before, cpuSnapshot(pids), stats.requests + stats.errors, side);
    return stats;
  };
  const c1 = await run(1, requests.c1, side === 'api' ? BUDGET_MS.apiC1 : BUDGET_MS.rawC1);
  const c16 = await run(16, requests.c16, side === 'api' ? BUDGET_MS.apiC16 : BUDGET_MS.rawC16);
  return { c1, c16 };
}
