import type { GraphReader } from '../../graph/query-runner.ts';
import type { Duty, DutyRole } from '../generated/resolver-types.ts';
import { resolveAgency } from '../resolve-agency.ts';
import type { TraversalAnswer, TraversalArgs } from '../traversal-types.ts';

/**
 * Everything an agency must do: its own duties, and one page of those it holds through collective
 * groups (their number grows with every plan that names the group: the same body in every
 * province shares thousands at 100 plans).
 */
export async function agencyDuties(runner: GraphReader, args: TraversalArgs<'agencyDuties'>): Promise<TraversalAnswer<'agencyDuties'>> {
  const resolution = await resolveAgency(runner, args.agency, args.province);
  const agencyIds = resolution.agencies.map((agency) => agency.id);
  const planId = args.plan ?? null;
  const [duties, collective] = resolution.resolved
    ? await Promise.all([
        runner.read<Duty>('agency-duties', { agencyIds, planId }),
        args.includeCollective
          ? runner.read<{ total: number; duty: Duty | null }>('agency-collective-duties', {
              agencyIds,
              planId,
              offset: args.collectiveOffset,
              limit: args.collectiveLimit,
            })
          : [],
      ])
    : [[], []];
  const count = (role: DutyRole) => duties.filter((row) => row.role === role).length;
  return {
    ...resolution,
    duties,
    collectiveDuties: collective.flatMap((row) => (row.duty ? [row.duty] : [])),
    counts: {
      leads: count('LEADS'),
      coordinates: count('COORDINATES'),
      assigned: count('ASSIGNED'),
      involved: count('INVOLVED'),
      viaGroups: collective[0]?.total ?? 0,
    },
  };
}
