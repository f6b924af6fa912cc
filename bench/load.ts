/**
 * A fixed-count concurrent request loop: `concurrency` workers take request numbers from one
 * counter until `requests` have been sent, or until the time budget is spent (then the count
 * actually sent is reported). Latencies are per request, in milliseconds.
 */

export interface LoadOptions {
  requests: number;
  concurrency: number;
  /** Stop starting requests after this long (ms); the figures then cover what was sent. */
  budgetMs: number;
}

/** Latency figures of one run. */
export interface LatencyStats {
  /** Requests completed (fewer than asked when the time budget ran out). */
  requests: number;
  /** Requests asked for. */
  asked: number;
  concurrency: number;
  /** Failed requests (HTTP status, GraphQL errors, driver errors); their latencies are not counted. */
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Completed requests per second of wall time. */
  rps: number;
  wallMs: number;
  /** First error message, to tell what failed. */
  firstError: string | null;
  /** CPU time per request (ms) of the API server, Neo4j and the load generator, when measured. */
  cpuPerRequest?: { api: number | null; neo4j: number | null; bench: number | null };
}

/** Runs `send` the given number of times with the given concurrency; `send` throws on failure. */
export async function runLoad(send: () => Promise<void>, options: LoadOptions): Promise<LatencyStats> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const started = performance.now();
  const deadline = started + options.budgetMs;
  const worker = async () => {
    while (next < options.requests && performance.now() < deadline) {
      next++;
      const t0 = performance.now();
      try {
        await send();
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const wallMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    asked: options.requests,
    concurrency: options.concurrency,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    rps: latencies.length / (wallMs / 1000),
    wallMs,
    firstError,
  };
}

/** Nearest-rank percentile of sorted values (NaN when there are none). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** One line for the progress log: concurrency, p50, p99, throughput, and what was cut or failed. */
export function summary(stats: LatencyStats): string {
  const cut = stats.requests < stats.asked ? ` (${stats.requests}/${stats.asked}, time budget)` : '';
  const errors = stats.errors > 0 ? ` ${stats.errors} errors: ${stats.firstError}` : '';
  return `c${stats.concurrency} p50 ${stats.p50.toFixed(1)} p99 ${stats.p99.toFixed(1)} ms ${stats.rps.toFixed(0)}/s${cut}${errors}`;
}
