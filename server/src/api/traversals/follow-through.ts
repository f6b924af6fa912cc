import type { GraphReader } from '../../graph/query-runner.ts';
import { badInput } from '../errors.ts';
import type { AgencyRef, DutyRole, DutyStatus, FollowThroughDuty, PlanRef, SectionRef } from '../generated/resolver-types.ts';
import { resolveAgency } from '../resolve-agency.ts';
import { resolveProvince } from '../resolve-province.ts';
import type { TraversalAnswer, TraversalArgs } from '../traversal-types.ts';

const ALL_ROLES: DutyRole[] = ['LEADS', 'COORDINATES', 'ASSIGNED', 'INVOLVED'];

type Counts = { open: number; due: number; overdue: number; overdueRecurring: number; total: number };
const COUNT_FIELD: Record<DutyStatus, keyof Counts> = { OPEN: 'open', DUE: 'due', OVERDUE: 'overdue', OVERDUE_RECURRING: 'overdueRecurring' };

/** Each duty against its deadline on a day, with counts per agency and per section of each plan. */
export async function followThrough(runner: GraphReader, args: TraversalArgs<'followThrough'>): Promise<TraversalAnswer<'followThrough'>> {
  const { limit } = args;
  const asOf = isoDay(args.asOf);
  const province = args.province ? await resolveProvince(runner, args.province) : null;
  const resolution = args.agency ? await resolveAgency(runner, args.agency, args.province) : null;
  const roles = args.roles && args.roles.length > 0 ? args.roles : ALL_ROLES;
  const rows =
    resolution && !resolution.resolved
      ? []
      : await runner.read<FollowThroughDuty>('follow-through', {
          asOf,
          agencyIds: resolution ? resolution.agencies.map((agency) => agency.id) : null,
          provincePrefix: province?.prefix ?? '',
          roles,
        });

  const totals = emptyCounts();
  const byAgency = new Map<string, { agency: AgencyRef; counts: Counts }>();
  const bySection = new Map<string, { plan: PlanRef; section: SectionRef; counts: Counts }>();
  for (const row of rows) {
    count(totals, row.status);
    const agency = byAgency.get(row.agency.id) ?? { agency: row.agency, counts: emptyCounts() };
    byAgency.set(row.agency.id, agency);
    count(agency.counts, row.status);
    const section = bySection.get(row.section.id) ?? { plan: row.plan, section: row.section, counts: emptyCounts() };
    bySection.set(row.section.id, section);
    count(section.counts, row.status);
  }
  const listed = args.status && args.status.length > 0 ? rows.filter((row) => args.status!.includes(row.status)) : rows;
  const late = (c: Counts) => c.overdueRecurring + c.overdue;
  return {
    asOf,
    agencyQuery: resolution?.query ?? null,
    agencies: resolution?.agencies ?? [],
    candidates: resolution?.candidates ?? [],
    province: province?.name ?? null,
    duties: listed.slice(0, limit),
    truncated: listed.length > limit,
    totals,
    byAgency: [...byAgency.values()].sort(
      (a, b) =>
        b.counts.overdueRecurring - a.counts.overdueRecurring ||
        late(b.counts) - late(a.counts) ||
        b.counts.total - a.counts.total ||
        (a.agency.name < b.agency.name ? -1 : 1),
    ),
    bySection: [...bySection.values()],
  };
}

function emptyCounts(): Counts {
  return { open: 0, due: 0, overdue: 0, overdueRecurring: 0, total: 0 };
}

function count(counts: Counts, status: DutyStatus): void {
  counts[COUNT_FIELD[status]]++;
  counts.total++;
}

/**
 * The day asked as ISO yyyy-mm-dd (today, in UTC, when none). @neo4j/graphql's Date scalar hands
 * the resolver a neo4j-driver Date, whose string form is that ISO date.
 */
function isoDay(value: string | null | undefined): string {
  if (value === null || value === undefined) return new Date().toISOString().slice(0, 10);
  const text = String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw badInput(`asOf must be a date (yyyy-mm-dd), got "${text}"`, 'asOf');
  return text;
}
