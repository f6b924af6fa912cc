import type { QueryRunner } from '../../graph/query-runner.ts';
import type { DutyRole } from '../answer-types.ts';
import { resolveAgency } from '../resolve-agency.ts';

export interface AgencyDutiesArgs {
  agency: string;
  province?: string | null;
  plan?: string | null;
  includeCollective?: boolean | null;
}

/** Everything an agency must do, its own duties and those it holds through collective groups apart. */
export async function agencyDuties(runner: QueryRunner, args: AgencyDutiesArgs) {
  const resolution = await resolveAgency(runner, args.agency, args.province);
  const rows = resolution.resolved
    ? await runner.read('agency-duties', {
        agencyIds: resolution.agencies.map((agency) => agency.id),
        planId: args.plan ?? null,
        includeCollective: args.includeCollective ?? true,
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
