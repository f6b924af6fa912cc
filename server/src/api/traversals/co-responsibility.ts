import type { QueryRunner } from '../../graph/query-runner.ts';
import { roleOfRelationship } from '../answer-types.ts';
import { boundedInt } from '../errors.ts';
import { resolveAgency } from '../resolve-agency.ts';

/** Agencies sharing weaknesses or tasks with the asked one, heaviest first. */
export async function coResponsibility(runner: QueryRunner, args: { agency: string; province?: string | null; limit?: number | null }) {
  const limit = boundedInt(args.limit, 25, 1, 100, 'limit');
  const resolution = await resolveAgency(runner, args.agency, args.province);
  if (!resolution.resolved) return { ...resolution, partners: [] };
  const rows = await runner.read('co-responsible-agencies', { agencyIds: resolution.agencies.map((agency) => agency.id), limit });
  const partners = rows.map((row) => ({
    agency: row.agency,
    weight: row.weight,
    shared: (row.shared as Record<string, unknown>[]).map((item) => ({
      ...item,
      role: roleOfRelationship[item.role as string],
      partnerRole: roleOfRelationship[item.partnerRole as string],
    })),
  }));
  return { ...resolution, partners };
}
