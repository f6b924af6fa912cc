import type { GraphReader } from '../../graph/query-runner.ts';
import type { AgencyLoad, DeadlineCount, LabelCount, PlanRef, ReferenceCount, SectionWeaknessCount } from '../generated/resolver-types.ts';
import type { TraversalAnswer, TraversalArgs } from '../traversal-types.ts';

/** Counts, rankings and distributions over all loaded plans, or one. */
export async function overview(runner: GraphReader, args: TraversalArgs<'overview'>): Promise<TraversalAnswer<'overview'>> {
  const { limit } = args;
  const planId = args.plan ?? null;
  const [plans, nodes, relationships, agencyLoad, mostCited, bySection, byDeadline] = await Promise.all([
    runner.read<{ plan: PlanRef }>('overview-plans', { planId }),
    runner.read<LabelCount>('overview-node-counts', { planId }),
    runner.read<LabelCount>('overview-relationship-counts', { planId }),
    runner.read<AgencyLoad>('overview-agency-load', { planId, limit }),
    runner.read<ReferenceCount>('overview-most-cited', { planId, limit }),
    runner.read<SectionWeaknessCount>('overview-weaknesses-by-section', { planId }),
    runner.read<DeadlineCount>('overview-weaknesses-by-deadline', { planId }),
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
