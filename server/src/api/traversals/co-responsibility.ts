import type { GraphReader } from '../../graph/query-runner.ts';
import type { AgencyRef, SharedItem } from '../generated/resolver-types.ts';
import { resolveAgency } from '../resolve-agency.ts';
import type { TraversalAnswer, TraversalArgs } from '../traversal-types.ts';
import { roleOfRelationship } from './graph-shapes.ts';

/** A partner as co-responsible-agencies.cypher returns it: roles are relationship types. */
interface PartnerRow {
  agency: AgencyRef;
  weight: number;
  shared: (Omit<SharedItem, 'role' | 'partnerRole'> & { role: string; partnerRole: string })[];
}

/** Agencies sharing weaknesses or tasks with the asked one, heaviest first. */
export async function coResponsibility(runner: GraphReader, args: TraversalArgs<'coResponsibility'>): Promise<TraversalAnswer<'coResponsibility'>> {
  const resolution = await resolveAgency(runner, args.agency, args.province);
  if (!resolution.resolved) return { ...resolution, partners: [] };
  const rows = await runner.read<PartnerRow>('co-responsible-agencies', { agencyIds: resolution.agencies.map((agency) => agency.id), limit: args.limit });
  const partners = rows.map((row) => ({
    agency: row.agency,
    weight: row.weight,
    shared: row.shared.map((item) => ({ ...item, role: roleOfRelationship(item.role), partnerRole: roleOfRelationship(item.partnerRole) })),
  }));
  return { ...resolution, partners };
}
