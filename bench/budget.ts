/** The bench's time budgets: what each run may take, and how a phase shares its time among its runs. */
import type { BenchQuery } from './queries.ts';

/**
 * Time budgets (ms). The request counts are the plan, the budgets the bound, so that slow queries
 * or a busy machine cannot push `npm run bench` past its 12 minutes: each run may take at most
 * its budget here, and the runs of one scale share that scale's phase budget in proportion. A run
 * cut short says so (n = sent/asked).
 */
export const BUDGET_MS = { warmUp: 1500, apiC1: 4000, apiC16: 6000, rawC1: 3000, rawC16: 4000, warmC1: 1500, warmC16: 2000 };
export const PHASE_BUDGET_MS = { seed: 170_000, '100×': 210_000 };

/**
 * Shares a phase's time among its runs in proportion to their own budgets, so that a slow phase
 * shortens every later run a little rather than the last ones a lot.
 */
export class Budget {
  private readonly deadline: number;
  constructor(
    phaseMs: number,
    private plannedMs: number,
  ) {
    this.deadline = performance.now() + phaseMs;
  }

  /** The time the next run may take, given its own budget. */
  take(ownMs: number): number {
    const share = ((this.deadline - performance.now()) * ownMs) / Math.max(ownMs, this.plannedMs);
    this.plannedMs -= ownMs;
    return Math.max(300, Math.min(ownMs, share));
  }
}

export function plannedMs(query: BenchQuery): number {
  const warmUps = query.requests ? 1 : 2;
  const api = warmUps * BUDGET_MS.warmUp + BUDGET_MS.apiC1 + BUDGET_MS.apiC16;
  const raw = warmUps * BUDGET_MS.warmUp + BUDGET_MS.rawC1 + BUDGET_MS.rawC16;
  const warm = BUDGET_MS.warmC1 + BUDGET_MS.warmC16;
  return api + (query.kind === 'floor' ? 0 : warm) + (query.resolver ? 2 * raw : 0);
}
