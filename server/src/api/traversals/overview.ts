import type { GraphReader } from '../../graph/query-runner.ts';
import type { AgencyLoad, DeadlineCount, LabelCount, PlanRef, ReferenceCount, SectionWeaknessCount } from '../generated/resolver-types.ts';
import type { TraversalAnswer, TraversalArgs } from '../traversal-types.ts';

/**
 * Counts, rankings and distributions over all loaded plans, or one. The two cases are separate
 * statements: over all plans the counts come from Neo4j's count store and the rankings from
 * stored degrees (cypher/overview-*.cypher); one plan's start from the planId indexes
 * (cypher/overview-plan-*.cypher). A statement serving both would start from neither.
 */
export async function overview(runner: GraphReader, args: TraversalArgs<'overview'>): Promise<TraversalAnswer<'overview'>> {
  const { limit } = args;
  const planId = args.plan ?? null;
  const statement = (question: string) => (planId === null ? `overview-${question}` : `overview-plan-${question}`);
  const [plans, nodes, relationships, agencyLoad, mostCited, bySection, byDeadline] = await Promise.all([
    runner.read<{ plan: PlanRef }>('overview-plans', { planId }),
    runner.read<LabelCount>(statement('node-counts'), { planId }),
    runner.read<LabelCount>(statement('relationship-counts'), { planId }),
    runner.read<AgencyLoad>(statement('agency-load'), { planId, limit }),
    runner.read<ReferenceCount>(statement('most-cited'), { planId, limit }),
    runner.read<SectionWeaknessCount>(statement('weaknesses-by-section'), { planId }),
    runner.read<DeadlineCount>(statement('weaknesses-by-deadline'), { planId }),
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
