import type { QueryRunner } from '../../graph/query-runner.ts';
import { boundedInt } from '../errors.ts';

/** Counts, rankings and distributions over all loaded plans, or one. */
export async function overview(runner: QueryRunner, args: { plan?: string | null; limit?: number | null }) {
  const limit = boundedInt(args.limit, 20, 1, 100, 'limit');
  const planId = args.plan ?? null;
  const [plans, nodes, relationships, agencyLoad, mostCited, bySection, byDeadline] = await Promise.all([
    runner.read('overview-plans', { planId }),
    runner.read('overview-node-counts', { planId }),
    runner.read('overview-relationship-counts', { planId }),
    runner.read('overview-agency-load', { planId, limit }),
    runner.read('overview-most-cited', { planId, limit }),
    runner.read('overview-weaknesses-by-section', { planId }),
    runner.read('overview-weaknesses-by-deadline', { planId }),
  ]);
  return {
    plans: plans.map((row) => row.plan),
    nodes,
    relationships,
    agencyLoad,
    mostCited,
    weaknessesBySection: bySection,
    weaknessesByDeadline: byDeadline,
  };
}
