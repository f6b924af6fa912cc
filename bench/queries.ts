/**
 * What the benchmark asks: each traversal of the API with the arguments an analyst would give,
 * two ad hoc queries over the generated API, and for each traversal the resolver itself (called
 * in-process with a QueryRunner) so that its Cypher can be recorded and replayed raw.
 *
 * The arguments name Thanh Hóa's bodies and documents, which the seed holds, so the answers stay
 * the same size from seed to 100× scale (the corpus adds other provinces): a traversal that slows
 * down anyway is scanning, not answering more. Two extra rows ask questions whose answers do grow
 * with the corpus (a body in every province, a national document every plan cites).
 */
import { AGENCY_DUTIES, CITATIONS, NEIGHBORHOOD, NETWORK as NETWORK_DOCUMENT, OVERVIEW, PATHS, SEARCH } from '../client/src/api/documents.ts';
import { exampleQuery } from '../client/src/api/example-queries.ts';
import { runTraversal } from '../server/src/api/traversal-resolvers.ts';
import type { QueryRunner } from '../server/src/graph/query-runner.ts';

export interface BenchQuery {
  /** Row name in the report. */
  name: string;
  /** The arguments in short, for the report. */
  args: string;
  kind: 'traversal' | 'cross-plan' | 'ad hoc' | 'floor' | 'over-time';
  query: string;
  variables: Record<string, unknown>;
  /** Null when the answer is what the query should give; otherwise what is wrong with it. */
  check: (data: Record<string, any>) => string | null;
  /** The resolver, called directly with the same arguments (traversals only). */
  resolver?: (runner: QueryRunner) => Promise<unknown>;
  /** Fewer requests than the run's counts, for answers that take seconds (the cross-plan rows). */
  requests?: { c1: number; c16: number };
}

// The explorer's own documents: what its views send, and the Query tab's examples for what no
// view sends (co-responsibility, the ad hoc queries over the generated API).
const CO_RESPONSIBILITY = exampleQuery('Who shares duties');
const ADHOC_PAGE = exampleQuery('Ad hoc: filter, sort, page').query;
const ADHOC_AGGREGATE = exampleQuery('Ad hoc: aggregation').query;

/**
 * The aggregation example as it was before it asked from the agency: @neo4j/graphql plans the
 * `some` filter as a test of every Task (README, Limits). Kept as a row to show what that costs.
 */
const ADHOC_AGGREGATE_SOME = `query DutyAggregatesBySome {
  tasksConnection(where: { assignedTo: { some: { key: { eq: "so-tai-nguyen-va-moi-truong" } } } }) {
    aggregate { count { nodes } node { text { longest shortest } } }
  }
  weaknessesConnection(where: { ongoing: { eq: true } }) { aggregate { count { nodes } } }
}`;

/** One round at concurrency 16 and a few sequential requests: these answers take up to seconds at 100× scale. */
const CROSS_PLAN_REQUESTS = { c1: 10, c16: 16 };

const SEED_PROVINCE = 'Thanh Hóa';
const SEED_PLAN = 'thanh-hoa/83-KH-UBND/2022';
const nonEmpty = (what: string, list: unknown) => (Array.isArray(list) && list.length > 0 ? null : `no ${what}`);

/** The queries of one run; `pageCursor` is the end cursor of the ad hoc query's first page. */
export function benchQueries(pageCursor: string | null): BenchQuery[] {
  const duties = { agency: 'Sở Tài nguyên và Môi trường', province: SEED_PROVINCE, includeCollective: true };
  const coResponsible = CO_RESPONSIBILITY.variables as { agency: string; province: string; limit: number };
  const path = { from: 'thanh-hoa/so-tai-nguyen-va-moi-truong', to: 'thanh-hoa/so-ke-hoach-va-dau-tu', maxLength: 4 };
  const around = { ids: [`${SEED_PLAN}#VII.1`], depth: 2, limit: 300 };
  const words = { text: 'giai phong mat bang', limit: 20 };
  const glance = { limit: 20 };
  const everywhere = { agency: 'Sở Tài nguyên và Môi trường', includeCollective: true };
  return [
    {
      name: 'agencyDuties',
      args: `"${duties.agency}", province "${duties.province}"`,
      kind: 'traversal',
      query: AGENCY_DUTIES.toString(),
      variables: duties,
      check: (d) => (d.agencyDuties?.resolved ? nonEmpty('duties', d.agencyDuties.duties) : 'not resolved'),
      resolver: (runner) => runTraversal(runner, 'agencyDuties', duties),
    },
    {
      name: 'citations',
      args: '"08-NQ/TU"',
      kind: 'traversal',
      query: CITATIONS.toString(),
      variables: { reference: '08-NQ/TU' },
      check: (d) => (d.citations?.resolved ? nonEmpty('citing items', d.citations.citedBy) : 'not resolved'),
      resolver: (runner) => runTraversal(runner, 'citations', { reference: '08-NQ/TU' }),
    },
    {
      name: 'coResponsibility',
      args: `"${coResponsible.agency}", province "${coResponsible.province}", limit ${coResponsible.limit}`,
      kind: 'traversal',
      query: CO_RESPONSIBILITY.query,
      variables: coResponsible,
      check: (d) => nonEmpty('partners', d.coResponsibility?.partners),
      resolver: (runner) => runTraversal(runner, 'coResponsibility', coResponsible),
    },
    {
      name: 'paths',
      args: 'DONRE → DPI (Thanh Hóa ids), maxLength 4',
      kind: 'traversal',
      query: PATHS.toString(),
      variables: path,
      check: (d) => nonEmpty('paths', d.paths?.paths),
      resolver: (runner) => runTraversal(runner, 'paths', path),
    },
    {
      name: 'neighborhood',
      args: 'weakness VII.1 of the seed, depth 2, limit 300',
      kind: 'traversal',
      query: NEIGHBORHOOD.toString(),
      variables: around,
      check: (d) => nonEmpty('nodes', d.neighborhood?.nodes),
      resolver: (runner) => runTraversal(runner, 'neighborhood', around),
    },
    {
      name: 'search',
      args: `"${words.text}", limit ${words.limit}`,
      kind: 'traversal',
      query: SEARCH.toString(),
      variables: words,
      check: (d) => nonEmpty('hits', d.search),
      resolver: (runner) => runTraversal(runner, 'search', words),
    },
    {
      name: 'overview',
      args: 'all plans, limit 20',
      kind: 'traversal',
      query: OVERVIEW.toString(),
      variables: glance,
      check: (d) => nonEmpty('plans', d.overview?.plans),
      resolver: (runner) => runTraversal(runner, 'overview', glance),
    },
    {
      name: 'floor: { __typename }',
      args: 'no resolver, no database: HTTP + Apollo + request guards only',
      kind: 'floor',
      query: '{ __typename }',
      variables: {},
      check: (d) => (d.__typename === 'Query' ? null : 'no __typename'),
    },
    {
      name: 'adhoc: filter+sort+page',
      args: "weaknessesConnection: ongoing, led by the districts' people's committees, sorted by code, page 2 (10 a page, by cursor)",
      kind: 'ad hoc',
      query: ADHOC_PAGE,
      variables: { after: pageCursor },
      check: (d) => nonEmpty('weaknesses', d.weaknessesConnection?.edges),
    },
    {
      name: 'adhoc: aggregation',
      args: "each province's DONRE: its assigned tasks' aggregate, from the agency_key index; ongoing weaknesses counted",
      kind: 'ad hoc',
      query: ADHOC_AGGREGATE,
      variables: {},
      check: (d) => (d.agencies?.[0]?.assignedTasksConnection?.aggregate?.count?.nodes > 0 ? null : 'no tasks counted'),
    },
    {
      name: 'adhoc: aggregation by some',
      args: 'the same tasks as tasksConnection(where: { assignedTo: { some: … } }): a scan of every Task',
      kind: 'ad hoc',
      query: ADHOC_AGGREGATE_SOME,
      variables: {},
      check: (d) => (d.tasksConnection?.aggregate?.count?.nodes > 0 ? null : 'no tasks counted'),
    },
    {
      name: 'agencyDuties*',
      args: `"${everywhere.agency}" in every province`,
      kind: 'cross-plan',
      query: AGENCY_DUTIES.toString(),
      variables: everywhere,
      check: (d) => (d.agencyDuties?.resolved ? nonEmpty('duties', d.agencyDuties.duties) : 'not resolved'),
      resolver: (runner) => runTraversal(runner, 'agencyDuties', everywhere),
      requests: CROSS_PLAN_REQUESTS,
    },
    {
      name: 'citations*',
      args: '"11/NQ-CP" (national, cited by every plan)',
      kind: 'cross-plan',
      query: CITATIONS.toString(),
      variables: { reference: '11/NQ-CP' },
      check: (d) => (d.citations?.resolved ? nonEmpty('citing items', d.citations.citedBy) : 'not resolved'),
      resolver: (runner) => runTraversal(runner, 'citations', { reference: '11/NQ-CP' }),
      requests: CROSS_PLAN_REQUESTS,
    },
  ];
}

/** The first page of the ad hoc paging query, whose cursor the measured request continues from. */
export const ADHOC_FIRST_PAGE = { query: ADHOC_PAGE, variables: { after: null } };

/** The explorer's opening query (all plans' network, at the API's default node limit), sent before the render benchmark. */
export const NETWORK = { query: NETWORK_DOCUMENT.toString(), variables: {} };
