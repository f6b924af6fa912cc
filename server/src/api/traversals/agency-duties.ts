import type { GraphReader } from '../../graph/query-runner.ts';
import type { Duty, DutyRole } from '../generated/resolver-types.ts';
import { resolveAgency } from '../resolve-agency.ts';
import type { TraversalAnswer, TraversalArgs } from '../traversal-types.ts';

/** Everything an agency must do, its own duties and those it holds through collective groups apart. */
export async function agencyDuties(runner: GraphReader, args: TraversalArgs<'agencyDuties'>): Promise<TraversalAnswer<'agencyDuties'>> {
  const resolution = await resolveAgency(runner, args.agency, args.province);
  const rows = resolution.resolved
    ? await runner.read<Duty>('agency-duties', {
        agencyIds: resolution.agencies.map((agency) => agency.id),
        planId: args.plan ?? null,
        includeCollective: args.includeCollective,
      })
    : [];
  const duties = rows.filter((row) => row.via === null);
  const collectiveDuties = rows.filter((row) => row.via !== null);
  const count = (role: DutyRole) => duties.filter((row) => row.role === role).length;
  return {
    ...resolution,
    duties,
    collectiveDuties,
    counts: {
      leads: count('LEADS'),
      coordinates: count('COORDINATES'),
      assigned: count('ASSIGNED'),
      involved: count('INVOLVED'),
      viaGroups: collectiveDuties.length,
    },
  };
}
