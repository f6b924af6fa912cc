/**
 * The over-time traversals in the benchmark (issue 12): recurrences, followThrough and comparePlans,
 * asked of the corpus's longest series of one province, as the explorer's Over time and Compare
 * tabs ask them (its own documents). comparePlans is asked twice: two plans of the province (their
 * pairs were stored at import and are read) and the province's first plan beside a plan of another
 * province of the same year, the real seed when it is loaded (scored on each request). They run at 100× scale only: the seed scale holds one plan,
 * with nothing to recur, follow through to a later plan or compare.
 *
 * The province and plans are read from the database after the corpus import. The corpus is made
 * from a fixed generator seed, so every run asks the same questions.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { COMPARE_PLANS, FOLLOW_THROUGH, RECURRENCES } from '../client/src/api/over-time-documents.ts';
import { runTraversal } from '../server/src/api/traversal-resolvers.ts';
import type { BenchQuery } from './queries.ts';

/** Time for these rows, on top of the 100× phase's own budget (so they shorten no other row). */
export const OVER_TIME_PHASE_MS = 80_000;

/** The province with the most plans (ties: by name) and its plans, oldest first. */
const LONGEST_SERIES = `
MATCH (p:Plan)
WITH p ORDER BY p.date, p.id
WITH p.province AS province, collect(p {.id, year: p.date.year}) AS plans
WHERE size(plans) >= 2
RETURN province, plans
ORDER BY size(plans) DESC, province
LIMIT 1`;

/** A plan of another province issued in the same year; the real one (not synthetic) first. */
const OTHER_PROVINCE_SAME_YEAR = `
MATCH (p:Plan) WHERE p.date.year = $year AND NOT p.id STARTS WITH $provincePrefix
RETURN p.id AS id
ORDER BY coalesce(p.synthetic, false), p.id
LIMIT 1`;

const nonEmpty = (what: string, list: unknown) => (Array.isArray(list) && list.length > 0 ? null : `no ${what}`);

/** The rows; none (said through `progress`) when no province has two plans (a small BENCH_PLANS). */
export async function overTimeQueries(driver: Driver, progress: (line: string) => void): Promise<BenchQuery[]> {
  const { records } = await driver.executeQuery(LONGEST_SERIES, {}, { routing: 'READ' });
  const series = records[0];
  if (!series) {
    progress('over-time traversals skipped: no province has two plans in this corpus');
    return [];
  }
  const province = series.get('province') as string;
  const plans = (series.get('plans') as { id: string; year: unknown }[]).map((plan) => ({ id: plan.id, year: neo4j.integer.toNumber(plan.year as number) }));
  const [first, second] = plans as [(typeof plans)[0], (typeof plans)[0]];
  const last = plans.at(-1)!;
  // The end of the series' last year: the earlier plans' year deadlines have passed, and the later
  // plans restate their weaknesses, so every status occurs.
  const asOf = `${last.year}-12-31`;
  const inProvince = { province };
  const followed = { province, asOf };
  const pair = { a: first.id, b: second.id };
  const other = await driver.executeQuery(
    OTHER_PROVINCE_SAME_YEAR,
    { year: neo4j.int(first.year), provincePrefix: `${first.id.split('/')[0]}/` },
    { routing: 'READ' },
  );
  const otherId = other.records[0]?.get('id') as string | undefined;
  const across = otherId === undefined ? null : { a: otherId, b: first.id };
  if (across === null) progress(`comparePlans across provinces skipped: no plan of another province from ${first.year}`);
  const queries: BenchQuery[] = [
    {
      name: 'recurrences',
      args: `province "${province}" (${plans.length} plans, ${plans[0]!.year}–${last.year})`,
      kind: 'over-time',
      query: RECURRENCES.toString(),
      variables: inProvince,
      check: (d) => nonEmpty('recurrence links', d.recurrences?.links),
      resolver: (runner) => runTraversal(runner, 'recurrences', inProvince),
    },
    {
      name: 'followThrough',
      args: `province "${province}", as of ${asOf}, limit 2000 (the explorer's table)`,
      kind: 'over-time',
      query: FOLLOW_THROUGH.toString(),
      variables: followed,
      check: (d) =>
        nonEmpty('duties', d.followThrough?.duties) ??
        (d.followThrough.duties.some((duty: { status: string }) => duty.status === 'OVERDUE_RECURRING') ? null : 'no duty overdue and recurring'),
      resolver: (runner) => runTraversal(runner, 'followThrough', { ...followed, limit: 2000 }),
    },
    {
      name: 'comparePlans',
      args: `${pair.a} → ${pair.b}`,
      kind: 'over-time',
      query: COMPARE_PLANS.toString(),
      variables: pair,
      check: (d) => nonEmpty('recurring weaknesses', d.comparePlans?.recurring),
      resolver: (runner) => runTraversal(runner, 'comparePlans', pair),
    },
  ];
  if (across !== null) {
    queries.push({
      name: 'comparePlans, two provinces',
      args: `${across.a} → ${across.b} (scored on each request)`,
      kind: 'over-time',
      query: COMPARE_PLANS.toString(),
      variables: across,
      check: (d) => nonEmpty('matched weaknesses', d.comparePlans?.recurring),
      resolver: (runner) => runTraversal(runner, 'comparePlans', across),
    });
  }
  return queries;
}
